using System.Runtime.InteropServices;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// The outcome of `ratro bench ingest`: several rounds of pdftotext, of our PDF decoder and of our full ingestion
/// over the same files (alternating), each side summed up by its median round, the ratios of our median times to
/// pdftotext's, whether full ingestion is within the target, and the peak memory of the process. Ratios above 1 mean
/// ours is slower.
/// </summary>
internal sealed record IngestBenchReport(
    string Folder,
    IReadOnlyList<RunMeasure> Pdftotext,
    IReadOnlyList<RunMeasure> Decoder,
    IReadOnlyList<RunMeasure> Ingest,
    long PeakWorkingSetBytes)
{
    /// <summary>Our full ingestion should take at most this many times pdftotext's wall time.</summary>
    public const double Target = 2.0;

    public RunMeasure PdftotextMedian => Median(Pdftotext);

    public RunMeasure DecoderMedian => Median(Decoder);

    public RunMeasure IngestMedian => Median(Ingest);

    public double WallRatio => DecoderMedian.WallSeconds / PdftotextMedian.WallSeconds;

    public double? CpuRatio => CpuRatioOf(DecoderMedian);

    public double IngestWallRatio => IngestMedian.WallSeconds / PdftotextMedian.WallSeconds;

    public double? IngestCpuRatio => CpuRatioOf(IngestMedian);

    public bool MeetsTarget => IngestWallRatio <= Target;

    public object ToJson() => new
    {
        folder = Folder,
        files = DecoderMedian.Files,
        pages = DecoderMedian.Pages,
        bytes = DecoderMedian.Bytes,
        rounds = Decoder.Count,
        machine = new
        {
            processors = Environment.ProcessorCount,
            os = RuntimeInformation.OSDescription,
            runtime = RuntimeInformation.FrameworkDescription,
            loadAverage = LoadAverage.Read(),
        },
        pdftotext = Side(Pdftotext, PdftotextMedian),
        decoder = Side(Decoder, DecoderMedian),
        ingest = Side(Ingest, IngestMedian),
        ratio = new { wall = WallRatio, cpu = CpuRatio },
        ingestRatio = new { wall = IngestWallRatio, cpu = IngestCpuRatio },
        peakWorkingSetBytes = PeakWorkingSetBytes,
        target = Target,
        meetsTarget = MeetsTarget,
    };

    private double? CpuRatioOf(RunMeasure ours) =>
        ours.CpuSeconds is { } mine && PdftotextMedian.CpuSeconds is { } theirs && theirs > 0 ? mine / theirs : null;

    /// <summary>The round of median wall time (the lower middle one for an even count).</summary>
    private static RunMeasure Median(IReadOnlyList<RunMeasure> runs) =>
        runs.OrderBy(r => r.WallSeconds).ElementAt((runs.Count - 1) / 2);

    private static object Side(IReadOnlyList<RunMeasure> runs, RunMeasure median) => new
    {
        tool = median.Tool,
        wallSeconds = median.WallSeconds,
        cpuSeconds = median.CpuSeconds,
        pagesPerSecond = median.PagesPerSecond,
        megabytesPerSecond = median.MegabytesPerSecond,
        millisecondsPerPage = median.MillisecondsPerPage,
        roundsWallSeconds = runs.Select(r => r.WallSeconds),
    };
}
