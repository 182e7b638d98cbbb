namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// Links the rows the graph has not covered yet (removed ones are left out). One thread inserts in row order, which
/// makes the graph a function of the rows and the seed; several threads take rows from a shared counter and lock
/// node by node, which is faster and gives an equally good but not byte-identical graph.
/// </summary>
internal static class HnswBuilder
{
    private const int ParallelFrom = 2000;

    public static void Extend(HnswGraph graph, VectorRows rows, int threads)
    {
        var (from, to) = (graph.Covered, rows.Count);
        if (to <= from)
        {
            return;
        }

        graph.EnsureCapacity(to);
        var inserter = new HnswInserter(graph, rows);
        var maxLinks = graph.Parameters.BottomLinks;
        if (threads <= 1 || to - from < ParallelFrom)
        {
            var scratch = new HnswScratch(maxLinks);
            for (var row = from; row < to; row++)
            {
                if (rows.IsLive(row))
                {
                    inserter.Insert(row, scratch, locked: false);
                }
            }
        }
        else
        {
            var next = from - 1;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
            {
                var scratch = new HnswScratch(maxLinks);
                int row;
                while ((row = Interlocked.Increment(ref next)) < to)
                {
                    if (rows.IsLive(row))
                    {
                        inserter.Insert(row, scratch, locked: true);
                    }
                }
            });
        }

        graph.Covered = to;
    }
}
