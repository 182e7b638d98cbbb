using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>
/// The site in memory with its own temporary data directory. Settings are plain configuration keys
/// (<c>Admin:Email</c>, <c>Cms:ApplyRecipe</c> …); the recipe and corpus seeding are off unless a test turns them on.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@ratro.test";
    public const string AdminPassword = "Admin-Pass-2024";

    private readonly TempDirectory? owned;

    static SiteFactory()
    {
        // Every site in memory watches its content and settings files; with inotify that is one instance per site, and
        // the parallel tests would exhaust the user's limit (128). Polling watchers need no instances.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
    private readonly Dictionary<string, string?> settings;

    public SiteFactory(IReadOnlyDictionary<string, string?>? overrides = null, string? dataDirectory = null)
    {
        if (dataDirectory is null)
        {
            owned = new TempDirectory();
            dataDirectory = owned.Path;
        }

        DataDirectory = dataDirectory;
        settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Cms:ApplyRecipe"] = "false",
            ["Corpus:SeedOnStart"] = "false",
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see every Location.</summary>
    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task CreateUserAsync(string email, string password, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = new WebUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Fewer hashing rounds than production: every test signs in, and 2 cores are shared by all of them.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        owned?.Dispose();
        GC.SuppressFinalize(this);
    }
}
