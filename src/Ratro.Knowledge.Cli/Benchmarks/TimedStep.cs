using System.Diagnostics;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// An ingestion step that adds the wall time it takes, and the process CPU time spent meanwhile (all threads),
/// to a per-step tally, for a benchmark's breakdown.
/// </summary>
internal sealed class TimedStep(IIngestionStep inner, StepTimes times) : IIngestionStep
{
    public string Name => inner.Name;

    public async ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        try
        {
            return await inner.ExecuteAsync(context, cancellationToken);
        }
        finally
        {
            times.Add(Name, Stopwatch.GetElapsedTime(started), Environment.CpuUsage.TotalTime - cpu);
        }
    }
}
