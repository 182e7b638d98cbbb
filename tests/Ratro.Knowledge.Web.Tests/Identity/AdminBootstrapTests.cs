using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Identity;

public sealed class AdminBootstrapTests
{
    [Fact]
    public async Task The_first_administrator_is_created_once_and_a_restart_adds_nobody()
    {
        using var data = new TempDirectory();
        await using (var first = new SiteFactory(dataDirectory: data.Path))
        {
            Assert.Equal([SiteFactory.AdminEmail], await AdminsAsync(first));
        }

        await using var second = new SiteFactory(new Dictionary<string, string?> { ["Admin:Email"] = "other@ratro.test" }, data.Path);
        Assert.Equal([SiteFactory.AdminEmail], await AdminsAsync(second));
        Assert.Equal(Roles.All.Order(), await RolesAsync(second));
    }

    [Fact]
    public async Task Without_configured_credentials_no_account_is_made()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Admin:Email"] = null, ["Admin:Password"] = null });

        Assert.Empty(await AdminsAsync(site));
        Assert.Equal(Roles.All.Order(), await RolesAsync(site));
    }

    private static async Task<List<string>> AdminsAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        return (await users.GetUsersInRoleAsync(Roles.Admin)).Select(u => u.Email!).ToList();
    }

    private static async Task<List<string>> RolesAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        return [.. roles.Roles.Select(r => r.Name!).AsEnumerable().Order()];
    }
}
