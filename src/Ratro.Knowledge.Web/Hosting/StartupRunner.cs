using System.Diagnostics;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Data;

namespace Ratro.Knowledge.Web.Hosting;

/// <summary>Readies the data directory and both schemas, then runs the registered seeders in order.</summary>
public sealed class StartupRunner(
    KnowledgeDatabase knowledge, WebDatabase web, IServiceScopeFactory scopes, ILogger<StartupRunner> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await knowledge.EnsureReadyAsync(cancellationToken);
        await web.EnsureReadyAsync(cancellationToken);
        logger.LogInformation("Data directory {DataDirectory} is ready", knowledge.Data.Root);

        await using var scope = scopes.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
        {
            var clock = Stopwatch.StartNew();
            await seeder.SeedAsync(cancellationToken);
            logger.LogInformation("Seeder {Seeder} finished in {ElapsedMs} ms", seeder.Name, clock.ElapsedMilliseconds);
        }
    }
}
