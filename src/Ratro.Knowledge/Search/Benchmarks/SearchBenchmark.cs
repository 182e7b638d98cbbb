using System.Diagnostics;

namespace Ratro.Knowledge.Search.Benchmarks;

/// <summary>
/// In-process query latency over the fixed mixed set: one untimed warm-up round, then <c>rounds</c> timed rounds;
/// percentiles per group and overall, with the process's peak working set.
/// </summary>
public static class SearchBenchmark
{
    public static async Task<SearchBenchmarkReport> RunAsync(ISearchIndex index, IReadOnlyList<BenchmarkQuery> queries, int rounds, CancellationToken cancellationToken)
    {
        foreach (var query in queries)
        {
            await index.SearchAsync(query.Query, cancellationToken);
        }

        var timings = queries.Select(q => q.Group).Distinct(StringComparer.Ordinal).ToDictionary(g => g, _ => new List<double>(), StringComparer.Ordinal);
        long hits = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var watch = Stopwatch.StartNew();
                var results = await index.SearchAsync(query.Query, cancellationToken);
                watch.Stop();
                timings[query.Group].Add(watch.Elapsed.TotalMilliseconds);
                hits += results.Total;
            }
        }

        using var process = Process.GetCurrentProcess();
        return new SearchBenchmarkReport(
            index.EngineName,
            queries.Count,
            rounds,
            timings.ToDictionary(t => t.Key, t => LatencySummary.Of(t.Value), StringComparer.Ordinal),
            LatencySummary.Of(timings.Where(t => t.Key != "hybrid").SelectMany(t => t.Value).ToList()),
            hits,
            process.PeakWorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes);
    }
}
