using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>Our ingestion run: its timing, the managed heap's peak and allocations during it, each file's result and the time per step.</summary>
internal sealed record IngestMeasure(
    RunMeasure Run, long ManagedHeapPeakBytes, long AllocatedBytes, IReadOnlyList<IngestionResult> Results, IReadOnlyList<StepTime> Steps)
{
    public int Failed => Results.Count(r => r.Status is IngestionStatus.Failed or IngestionStatus.NeedsOcr);
}
