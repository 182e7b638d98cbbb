using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Identity;

/// <summary>Sign-in cookies and form tokens stay valid across a restart of the site on the same data directory.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task What_one_run_protects_the_next_run_on_the_same_data_directory_reads()
    {
        using var data = new TempDirectory();
        string token;
        await using (var first = new SiteFactory(dataDirectory: data.Path))
        {
            _ = first.CreateClient();
            token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("editor session");
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(data.Path, KeyRing.Folder), "key-*.xml"));
        await using var second = new SiteFactory(dataDirectory: data.Path);
        _ = second.CreateClient();
        var protector = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.Equal("editor session", protector.Unprotect(token));
    }

    [Fact]
    public async Task Another_data_directory_cannot_read_it()
    {
        string token;
        await using (var first = new SiteFactory())
        {
            _ = first.CreateClient();
            token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("editor session");
        }

        await using var other = new SiteFactory();
        _ = other.CreateClient();
        var protector = other.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect(token));
    }
}
