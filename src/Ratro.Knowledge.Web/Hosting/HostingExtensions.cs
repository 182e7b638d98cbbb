namespace Ratro.Knowledge.Web.Hosting;

public static class HostingExtensions
{
    /// <summary>
    /// The settings files beside the application (see <see cref="ApplicationSettings"/>), environment variables prefixed
    /// RATRO_ (RATRO_Admin__Email …), the clock, and the start-up runner.
    /// </summary>
    public static WebApplicationBuilder AddRatroHosting(this WebApplicationBuilder builder)
    {
        ApplicationSettings.AddTo(builder.Configuration, AppContext.BaseDirectory, builder.Environment.EnvironmentName);
        builder.Configuration.AddEnvironmentVariables("RATRO_");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StartupRunner>();
        return builder;
    }
}
