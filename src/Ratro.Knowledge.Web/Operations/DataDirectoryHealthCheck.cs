using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Operations;

/// <summary>
/// The data directory exists and accepts writes (uploads and indexes go there). /health is public, so the facts never
/// include the directory's location on the server.
/// </summary>
public sealed class DataDirectoryHealthCheck(DataDirectory data) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var facts = new Dictionary<string, object> { ["writable"] = false };
        if (!Directory.Exists(data.Root))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "the data directory does not exist", data: facts);
        }

        var probe = Path.Combine(data.Root, $".health-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            facts["writable"] = true;
            return HealthCheckResult.Healthy(data: facts);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "the data directory is not writable", e, facts);
        }
    }
}
