using Microsoft.Extensions.Configuration;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Tests.Hosting;

/// <summary>The settings files beside the application apply wherever the site is started from, under every other source.</summary>
public sealed class ApplicationSettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ratro-settings-").FullName;

    [Fact]
    public void Files_beside_the_application_apply_and_the_command_line_still_overrides_them()
    {
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "A": "file", "B": "file", "C": "file" }""");
        File.WriteAllText(Path.Combine(folder, "appsettings.Production.json"), """{ "B": "environment file" }""");
        var configuration = new ConfigurationManager();
        configuration.AddCommandLine(["--C=command line"]);

        ApplicationSettings.AddTo(configuration, folder, "Production");

        Assert.Equal("file", configuration["A"]);
        Assert.Equal("environment file", configuration["B"]);
        Assert.Equal("command line", configuration["C"]);
    }

    [Fact]
    public void Missing_files_change_nothing()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("A", "memory")]);

        ApplicationSettings.AddTo(configuration, folder, "Staging");

        Assert.Equal("memory", configuration["A"]);
    }

    [Fact]
    public void The_site_ships_its_production_log_settings_beside_itself()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        Assert.True(File.Exists(shipped), "appsettings.json is not in the application folder");
        var configuration = new ConfigurationManager();
        ApplicationSettings.AddTo(configuration, AppContext.BaseDirectory, "Production");

        Assert.Equal("json", configuration["Logging:Console:FormatterName"]);
        Assert.Equal("Warning", configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
