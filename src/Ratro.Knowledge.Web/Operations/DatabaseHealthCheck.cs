using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Operations;

/// <summary>The document store answers a query (file present, schema migrated).</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<KnowledgeDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var documents = await db.Documents.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["reachable"] = true, ["documents"] = documents });
        }
        catch (SqliteException e)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus, "the database cannot be queried", e, new Dictionary<string, object> { ["reachable"] = false });
        }
    }
}
