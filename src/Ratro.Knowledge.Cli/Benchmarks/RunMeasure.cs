namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>One timed run over a set of files: pages and bytes read, wall and CPU time.</summary>
/// <param name="Tool">What ran ("pdftotext", "ratro PDF decoder").</param>
/// <param name="WallSeconds">Elapsed time of the whole set.</param>
/// <param name="CpuSeconds">CPU time spent (user + system, all threads); null when it cannot be measured.</param>
internal sealed record RunMeasure(string Tool, int Files, int Pages, long Bytes, double WallSeconds, double? CpuSeconds)
{
    public double PagesPerSecond => WallSeconds > 0 ? Pages / WallSeconds : 0;

    public double MegabytesPerSecond => WallSeconds > 0 ? Bytes / 1048576.0 / WallSeconds : 0;

    public double MillisecondsPerPage => Pages > 0 ? 1000 * WallSeconds / Pages : 0;
}
