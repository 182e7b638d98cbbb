namespace Ratro.Knowledge.Web.Hosting;

public static class StartupExtensions
{
    /// <summary>Adds a seeder to the start-up list (scoped: it may use Identity managers and DbContexts).</summary>
    public static IServiceCollection AddStartupSeeder<TSeeder>(this IServiceCollection services)
        where TSeeder : class, IStartupSeeder
    {
        services.AddScoped<IStartupSeeder, TSeeder>();
        return services;
    }

    /// <summary>Migrates and seeds before the host starts, so the first request finds a ready site.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<StartupRunner>().RunAsync(app.Lifetime.ApplicationStopping);
    }
}
