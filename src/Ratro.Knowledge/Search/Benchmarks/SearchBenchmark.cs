using System.Diagnostics;

namespace Ratro.Knowledge.Search.Benchmarks;

/// <summary>
/// In-process query latency over the fixed mixed set: one untimed warm-up round, then <c>rounds</c> timed rounds;
/// percentiles per group and overall, with the process's peak working set. When <c>embedQuery</c> is given, the
/// embedding of each hybrid query's text is also timed on its own (it is part of the hybrid query's time too), so
/// the cost of the model can be told apart from that of the index.
/// </summary>
public static class SearchBenchmark
{
    public static async Task<SearchBenchmarkReport> RunAsync(
        ISearchIndex index, IReadOnlyList<BenchmarkQuery> queries, int rounds, Func<string, CancellationToken, Task>? embedQuery, CancellationToken cancellationToken)
    {
        var embedded = embedQuery is null ? [] : queries.Where(q => q.Query.Hybrid == true).Select(q => q.Query.Text).ToList();
        foreach (var query in queries)
        {
            await index.SearchAsync(query.Query, cancellationToken);
        }

        var embedding = new List<double>();
        foreach (var text in embedded)
        {
            await embedQuery!(text, cancellationToken);
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

            foreach (var text in embedded)
            {
                var watch = Stopwatch.StartNew();
                await embedQuery!(text, cancellationToken);
                embedding.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        using var process = Process.GetCurrentProcess();
        return new SearchBenchmarkReport(
            index.EngineName,
            queries.Count,
            rounds,
            timings.ToDictionary(t => t.Key, t => LatencySummary.Of(t.Value), StringComparer.Ordinal),
            LatencySummary.Of(timings.Where(t => t.Key != "hybrid").SelectMany(t => t.Value).ToList()),
            embedding.Count == 0 ? null : LatencySummary.Of(embedding),
            hits,
            process.PeakWorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes);
    }
}
