namespace Ratro.Knowledge.Web.Hosting;

public static class HostingExtensions
{
    /// <summary>Environment variables prefixed RATRO_ (RATRO_Admin__Email …), the clock, and the start-up runner.</summary>
    public static WebApplicationBuilder AddRatroHosting(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddEnvironmentVariables("RATRO_");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StartupRunner>();
        return builder;
    }
}
