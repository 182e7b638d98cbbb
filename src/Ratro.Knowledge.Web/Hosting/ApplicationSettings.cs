using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Ratro.Knowledge.Web.Hosting;

/// <summary>
/// The settings files beside the application (<c>appsettings.json</c>, <c>appsettings.{Environment}.json</c>), read
/// before every other source so that environment variables and the command line still override them. The site is
/// started from the repository root (which holds <c>corpus/</c>), and that content root has no settings files: without
/// this, the production settings (JSON logs, log levels, limits) would silently not apply.
/// </summary>
public static class ApplicationSettings
{
    public static void AddTo(IConfigurationBuilder configuration, string folder, string environment)
    {
        var files = new PhysicalFileProvider(folder);
        configuration.Sources.Insert(0, Json(files, "appsettings.json"));
        configuration.Sources.Insert(1, Json(files, $"appsettings.{environment}.json"));
    }

    private static JsonConfigurationSource Json(IFileProvider files, string path) =>
        new() { FileProvider = files, Path = path, Optional = true, ReloadOnChange = false };
}
