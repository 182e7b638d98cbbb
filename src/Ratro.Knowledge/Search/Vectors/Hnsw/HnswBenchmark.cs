using System.Diagnostics;

namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// Measures the vector store with its HNSW graph on synthetic vectors: adds them through the store's file, times the
/// commit that builds and saves the graph, reopens the store as a server would at start, then times queries (with and
/// without filters) and compares their hits with the exact answer. Rows come in editions of ten, like a document's clauses.
/// </summary>
public static class HnswBenchmark
{
    private const int RowsPerEdition = 10;
    private const int WarmUp = 20;
    private const int FilteredQueries = 200;

    public static HnswBenchmarkReport Run(HnswBenchmarkSettings settings, Action<string>? progress, CancellationToken cancellationToken)
    {
        var say = progress ?? (_ => { });
        Directory.CreateDirectory(settings.Folder);
        var vectorPath = Path.Combine(settings.Folder, "vectors.i8");
        var graphPath = Path.ChangeExtension(vectorPath, ".hnsw");
        var reused = settings.Reuse && File.Exists(vectorPath) && File.Exists(graphPath);
        if (!reused)
        {
            File.Delete(vectorPath);
            File.Delete(graphPath);
        }

        var (load, build, buildCpu, save) = reused ? default : Fill(settings, vectorPath, say, cancellationToken);

        Collect();
        using var process = Process.GetCurrentProcess();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        using var store = QuantizedVectorStore.Open(vectorPath, settings.Dimensions, settings.Options);
        var open = clock.Elapsed;
        Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        process.Refresh();
        var resident = process.WorkingSet64;
        say($"reopened in {open.TotalSeconds:0.0} s (graph {store.Graph.State}); timing {settings.Queries} queries");

        var queries = new SyntheticVectors(settings.Data, settings.Dimensions, settings.Seed, stream: 1);
        var ef = settings.Options.EfSearch;
        var latency = Time(store, queries, settings.Queries, settings.K, _ => true, ef, cancellationToken);
        var (at10, atK, _) = Recall(store, queries, settings.RecallQueries, settings.K, _ => true, ef, cancellationToken);
        var sweep = settings.EfSearchSweep.Select(other =>
        {
            say($"efSearch {other}");
            var timing = Time(store, queries, Math.Min(settings.Queries, FilteredQueries), settings.K, _ => true, other, cancellationToken);
            var (recall10, recallK, _) = Recall(store, queries, settings.RecallQueries, settings.K, _ => true, other, cancellationToken);
            return new EfSearchMeasurement(other, timing, recall10, recallK);
        }).ToList();
        var filtered = settings.FilterShares.Select(share =>
        {
            say($"filter passing {share:P0} of editions");
            Func<long, bool> accept = edition => (unchecked((ulong)edition * 0x9E3779B97F4A7C15UL) >> 32) % 10_000 < share * 10_000;
            var route = store.UsesGraph(accept) ? "graph" : "exact scan";
            var timing = Time(store, queries, FilteredQueries, settings.K, accept, ef, cancellationToken);
            var (recall, _, hits) = Recall(store, queries, Math.Min(settings.RecallQueries, FilteredQueries), settings.K, accept, ef, cancellationToken);
            return new FilteredMeasurement(share, route, timing, recall, hits);
        }).ToList();

        return new HnswBenchmarkReport(
            settings, reused, load, build, buildCpu, save, open, new FileInfo(vectorPath).Length, File.Exists(graphPath) ? new FileInfo(graphPath).Length : 0,
            store.MemoryBytes - (store.GraphIndex?.MemoryBytes ?? 0), store.GraphIndex?.MemoryBytes ?? 0, managed, resident,
            latency, at10, atK, sweep, filtered);
    }

    /// <summary>Adds the vectors and commits; returns the time to add, to link the graph (wall clock and processor), and to save it.</summary>
    private static (TimeSpan Load, TimeSpan Build, TimeSpan BuildCpu, TimeSpan Save) Fill(
        HnswBenchmarkSettings settings, string vectorPath, Action<string> say, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var store = QuantizedVectorStore.Open(vectorPath, settings.Dimensions, settings.Options);
        var data = new SyntheticVectors(settings.Data, settings.Dimensions, settings.Seed, stream: 0);
        for (var row = 0; row < settings.Count; row++)
        {
            if (row % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            store.Add(row + 1, (row / RowsPerEdition) + 1, data.Next());
        }

        var load = clock.Elapsed;
        say($"added {settings.Count:N0} {settings.Data} vectors in {load.TotalSeconds:0.0} s; building the graph");
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        store.Flush();
        var commit = clock.Elapsed;
        var commitCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        clock.Restart();
        store.GraphIndex?.Save(Path.ChangeExtension(vectorPath, ".hnsw"));
        var save = clock.Elapsed;
        say($"graph of {store.Graph.Nodes:N0} nodes built and saved in {commit.TotalSeconds:0.0} s");
        return (load, commit - save, commitCpu - save, save);
    }

    private static LatencySummary Time(
        QuantizedVectorStore store, SyntheticVectors queries, int count, int k, Func<long, bool> accept, int ef, CancellationToken cancellationToken)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < WarmUp + count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = queries.Next();
            var clock = Stopwatch.StartNew();
            store.Search(query, k, accept, ef);
            if (i >= WarmUp)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return LatencySummary.Of(timings);
    }

    /// <summary>Mean share of the exact top 10 and top k that the store's answer holds, and the mean number of hits.</summary>
    private static (double At10, double AtK, double Hits) Recall(
        QuantizedVectorStore store, SyntheticVectors queries, int count, int k, Func<long, bool> accept, int ef, CancellationToken cancellationToken)
    {
        var (at10, atK, hits) = (0.0, 0.0, 0.0);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = queries.Next();
            var found = store.Search(query, k, accept, ef).Select(h => h.ClauseKey).ToList();
            var exact = store.SearchExact(query, k, accept).Select(h => h.ClauseKey).ToList();
            at10 += Overlap(found.Take(10), exact.Take(10));
            atK += Overlap(found, exact);
            hits += found.Count;
        }

        return count == 0 ? (0, 0, 0) : (at10 / count, atK / count, hits / count);
    }

    private static double Overlap(IEnumerable<long> found, IEnumerable<long> exact)
    {
        var truth = exact.ToHashSet();
        return truth.Count == 0 ? 1 : found.Count(truth.Contains) / (double)truth.Count;
    }

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
