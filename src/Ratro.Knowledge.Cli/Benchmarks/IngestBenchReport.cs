using System.Runtime.InteropServices;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// The outcome of `ratro bench ingest`: several rounds of pdftotext and of our PDF decoder over the same files
/// (alternating), each side summed up by its median round, the ratio of our median time to pdftotext's and
/// whether it is within the target. Ratios above 1 mean our decoder is slower.
/// </summary>
internal sealed record IngestBenchReport(string Folder, IReadOnlyList<RunMeasure> Pdftotext, IReadOnlyList<RunMeasure> Decoder)
{
    /// <summary>Our decoder should take at most this many times pdftotext's wall time.</summary>
    public const double Target = 2.0;

    public RunMeasure PdftotextMedian => Median(Pdftotext);

    public RunMeasure DecoderMedian => Median(Decoder);

    public double WallRatio => DecoderMedian.WallSeconds / PdftotextMedian.WallSeconds;

    public double? CpuRatio => DecoderMedian.CpuSeconds is { } ours && PdftotextMedian.CpuSeconds is { } theirs && theirs > 0 ? ours / theirs : null;

    public bool MeetsTarget => WallRatio <= Target;

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
        ratio = new { wall = WallRatio, cpu = CpuRatio },
        target = Target,
        meetsTarget = MeetsTarget,
    };

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
