using System.Runtime.InteropServices;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// The outcome of `ratro bench ingest`: both runs over the same PDFs, the ratio of our time to pdftotext's, and
/// whether it is within the target. Ratios above 1 mean ingestion is slower than extraction alone.
/// </summary>
internal sealed record IngestBenchReport(string Folder, RunMeasure Pdftotext, IngestMeasure Ingest)
{
    /// <summary>Our full ingestion should take at most this many times pdftotext's wall time.</summary>
    public const double Target = 2.0;

    public double WallRatio => Ingest.Run.WallSeconds / Pdftotext.WallSeconds;

    public double? CpuRatio => Ingest.Run.CpuSeconds is { } ours && Pdftotext.CpuSeconds is { } theirs && theirs > 0 ? ours / theirs : null;

    public bool MeetsTarget => WallRatio <= Target;

    public object Machine => new
    {
        processors = Environment.ProcessorCount,
        os = RuntimeInformation.OSDescription,
        architecture = RuntimeInformation.OSArchitecture.ToString(),
        runtime = RuntimeInformation.FrameworkDescription,
        gc = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
        loadAverage = LoadAverage.Read(),
    };

    public object ToJson() => new
    {
        folder = Folder,
        files = Ingest.Run.Files,
        pages = Ingest.Run.Pages,
        machine = Machine,
        pdftotext = Run(Pdftotext),
        ingest = new
        {
            run = Run(Ingest.Run),
            managedHeapPeakBytes = Ingest.ManagedHeapPeakBytes,
            allocatedBytes = Ingest.AllocatedBytes,
            failed = Ingest.Failed,
            steps = Ingest.Steps.Select(s => new { step = s.Step, wallSeconds = s.Wall.TotalSeconds, cpuSeconds = s.Cpu.TotalSeconds }),
        },
        ratio = new { wall = WallRatio, cpu = CpuRatio },
        target = Target,
        meetsTarget = MeetsTarget,
    };

    private static object Run(RunMeasure run) => new
    {
        tool = run.Tool,
        wallSeconds = run.WallSeconds,
        cpuSeconds = run.CpuSeconds,
        pagesPerSecond = run.PagesPerSecond,
        millisecondsPerPage = run.MillisecondsPerPage,
        peakMemoryBytes = run.PeakMemoryBytes,
    };
}
