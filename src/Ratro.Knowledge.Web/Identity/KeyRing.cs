using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Identity;

/// <summary>
/// The keys that protect sign-in cookies and form tokens live in the data directory (<c>keys/</c>), not in the home
/// folder of the account that runs the site: a container keeps its data volume across restarts but not its home
/// folder, and with new keys every signed-in editor would be signed out and every open form rejected.
/// </summary>
public static class KeyRing
{
    public const string Folder = "keys";

    public static IServiceCollection AddRatroKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Ratro.Knowledge");
        services.AddOptions<KeyManagementOptions>().Configure<DataDirectory, ILoggerFactory>((options, data, logs) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(data.Root, Folder)), logs));
        return services;
    }
}
