namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>One timed run over a set of files: wall and CPU time, pages, and the memory it took.</summary>
/// <param name="Tool">What ran ("pdftotext", "ratro ingest").</param>
/// <param name="WallSeconds">Elapsed time of the whole set.</param>
/// <param name="CpuSeconds">CPU time spent (user + system, all threads); null when it cannot be measured.</param>
/// <param name="PeakMemoryBytes">Peak resident memory (pdftotext: the largest run; ratro: the process's peak working set).</param>
internal sealed record RunMeasure(string Tool, int Files, int Pages, double WallSeconds, double? CpuSeconds, long? PeakMemoryBytes)
{
    public double PagesPerSecond => WallSeconds > 0 ? Pages / WallSeconds : 0;

    public double MillisecondsPerPage => Pages > 0 ? 1000 * WallSeconds / Pages : 0;
}
