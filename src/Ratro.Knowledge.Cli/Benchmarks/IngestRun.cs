using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// Our side: the full ingestion (read → decode → structure → metadata → link → store → index) of every file,
/// one after the other as `ratro ingest` does, into a fresh data directory. One file is ingested first into a
/// throwaway store, untimed, so that loading and compiling the code is not counted. Each step's time is tallied.
/// </summary>
internal static class IngestRun
{
    public const string Tool = "ratro ingest";

    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(5);

    public static async Task<IngestMeasure> RunAsync(ParseResult parse, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        using (var warmUp = new BenchDataDirectory())
        {
            await using var session = await CliSession.OpenAsync(parse, needsStore: true, warmUp.Path, cancellationToken);
            await session.Get<IngestionPipeline>().IngestAsync(IngestionRequest.FromPath(files[0]), cancellationToken);
        }

        using var data = new BenchDataDirectory();
        await using var timed = await CliSession.OpenAsync(parse, needsStore: true, data.Path, cancellationToken);
        var steps = new StepTimes();
        var pipeline = new IngestionPipeline(
            timed.Get<IEnumerable<IIngestionStep>>().Select(s => new TimedStep(s, steps)),
            timed.Get<ILogger<IngestionPipeline>>());
        var results = new List<IngestionResult>(files.Count);
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var sampler = new HeapPeakSampler(SampleEvery);
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            results.Add(await pipeline.IngestAsync(IngestionRequest.FromPath(file), cancellationToken));
        }

        clock.Stop();
        await sampler.DisposeAsync();
        process.Refresh();
        var run = new RunMeasure(
            Tool,
            files.Count,
            results.Sum(r => r.Pages),
            clock.Elapsed.TotalSeconds,
            (process.TotalProcessorTime - cpu).TotalSeconds,
            process.PeakWorkingSet64);
        return new IngestMeasure(run, sampler.PeakBytes, GC.GetTotalAllocatedBytes() - allocated, results, steps.Totals);
    }
}
