using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// Chooses how one search runs. The graph answers when it exists and the filter leaves enough rows; otherwise (a
/// small store, or a filter so selective that the walk would wade through many rejected nodes for each accepted
/// one) an exact scan does, which then costs little because the filter is checked before any dot product. On
/// 500,000 vectors the two cost about the same when one row in ten passes (docs/benchmarks.md). Rows added since
/// the graph was last extended are scanned exactly and merged in.
/// </summary>
internal static class VectorSearchRoute
{
    /// <summary>The graph serves filters that pass at least one row in this many.</summary>
    public const int SelectiveShare = 10;

    public static bool UsesGraph(HnswIndex? graph, int passing, int live, VectorSearchOptions options) =>
        graph is not null && passing >= options.ExactBelow && (long)passing * SelectiveShare >= live;

    public static List<(int Row, float Score)> Search(
        VectorRows rows, HnswIndex? graph, VectorSearchOptions options, sbyte[] query, int k, int efSearch, RowFilter filter)
    {
        if (!UsesGraph(graph, filter.Passing, rows.Live, options))
        {
            return ExactVectorScan.Search(rows, query, k, filter, 0, rows.Count);
        }

        var found = graph!.Search(query, k, efSearch, filter.Passes);
        if (graph.Covered < rows.Count)
        {
            found = found.Concat(ExactVectorScan.Search(rows, query, k, filter, graph.Covered, rows.Count))
                .OrderByDescending(f => f.Score).ThenBy(f => f.Row).Take(k).ToList();
        }

        return found;
    }
}
