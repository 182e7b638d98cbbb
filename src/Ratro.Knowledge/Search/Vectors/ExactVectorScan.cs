namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// Exact search: the SIMD dot product against every row in a range that the filter lets through, split over the
/// cores when the range is large. Serves small stores, selective filters and rows not yet linked into the graph.
/// </summary>
internal static class ExactVectorScan
{
    private const int ParallelFrom = 20_000;

    /// <summary>The k best rows in [from, to) with their similarity (query scale left out), most similar first.</summary>
    public static List<(int Row, float Score)> Search(VectorRows rows, sbyte[] query, int k, RowFilter filter, int from, int to)
    {
        var length = Math.Max(0, to - from);
        var parts = length < ParallelFrom ? 1 : Environment.ProcessorCount;
        var heaps = new TopK[parts];
        var size = (length + parts - 1) / parts;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            var heap = new TopK(k);
            var end = Math.Min(to, from + ((p + 1) * size));
            for (var row = from + (p * size); row < end; row++)
            {
                if (filter.Passes(row))
                {
                    var score = Int8Vectors.Dot(query, rows.Row(row)) * rows.Scales[row];
                    if (heap.Accepts(score))
                    {
                        heap.Add(score, row);
                    }
                }
            }

            heaps[p] = heap;
        });
        return heaps.SelectMany(h => h.Items).OrderByDescending(i => i.Score).ThenBy(i => i.Row).Take(k).ToList();
    }
}
