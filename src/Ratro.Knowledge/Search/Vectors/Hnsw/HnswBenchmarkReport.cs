using System.Globalization;
using System.Text;

namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>What one <see cref="HnswBenchmark"/> run measured.</summary>
public sealed record HnswBenchmarkReport(
    HnswBenchmarkSettings Settings,
    bool Reused,
    TimeSpan Load,
    TimeSpan Build,
    TimeSpan BuildCpu,
    TimeSpan Save,
    TimeSpan Open,
    long VectorFileBytes,
    long GraphFileBytes,
    long StoreBytes,
    long GraphBytes,
    long ManagedBytes,
    long ResidentBytes,
    LatencySummary Latency,
    double RecallAt10,
    double RecallAtK,
    IReadOnlyList<EfSearchMeasurement> Sweep,
    IReadOnlyList<FilteredMeasurement> Filtered)
{
    /// <summary>The report as Markdown lines (a table of the numbers), for the console and the benchmark notes.</summary>
    public string ToMarkdown()
    {
        var s = Settings;
        var o = s.Options;
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{s.Count:N0} {s.Data} vectors × {s.Dimensions}, M = {o.M}, efConstruction = {o.EfConstruction}, efSearch = {o.EfSearch}, top {s.K}, {o.Threads} build threads");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        if (Reused)
        {
            text.AppendLine("| vectors and graph | files of an earlier run, reused (build not measured) |");
        }
        else
        {
            text.AppendLine(c, $"| add {s.Count:N0} vectors to the store (log written) | {Load.TotalSeconds:0.0} s |");
            text.AppendLine(c, $"| build the graph (wall clock / processor time of all threads) | {Build.TotalSeconds:0.0} s / {BuildCpu.TotalSeconds:0.0} s |");
            text.AppendLine(c, $"| save the graph | {Save.TotalSeconds:0.00} s |");
        }

        text.AppendLine(c, $"| open (replay the log, load and check the graph) | {Open.TotalSeconds:0.0} s |");
        text.AppendLine(c, $"| `vectors.i8` / `vectors.hnsw` | {Mb(VectorFileBytes)} / {Mb(GraphFileBytes)} |");
        text.AppendLine(c, $"| memory: vectors and keys + graph | {Mb(StoreBytes)} + {Mb(GraphBytes)} = {Mb(StoreBytes + GraphBytes)} |");
        text.AppendLine(c, $"| memory: managed heap taken by the open store / working set of the whole process | {Mb(ManagedBytes)} / {Mb(ResidentBytes)} |");
        text.AppendLine(c, $"| query latency, {s.Queries} queries, no filter | {Latency} |");
        text.AppendLine(c, $"| recall@10 / recall@{s.K} vs exact, {s.RecallQueries} queries | {RecallAt10:0.000} / {RecallAtK:0.000} |");
        foreach (var e in Sweep)
        {
            text.AppendLine(c, $"| efSearch {e.EfSearch}, no filter | {e.Latency}; recall@10 {e.RecallAt10:0.000}, recall@{s.K} {e.RecallAtK:0.000} |");
        }

        foreach (var f in Filtered)
        {
            text.AppendLine(c, $"| filter passing {f.Share:P0} of editions ({f.Route}) | {f.Latency}; recall@10 {f.RecallAt10:0.000}, {f.MeanHits:0} hits on average |");
        }

        return text.ToString();
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB");
}
