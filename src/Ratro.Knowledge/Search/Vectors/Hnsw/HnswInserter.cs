namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// Links one row into the graph: draw its level, descend greedily to that level, then on each layer below search
/// <c>efConstruction</c> candidates, choose diverse links among the live ones and link back from each chosen node
/// (choosing that node's links again when its list is full). The first node, and any node drawn above the current
/// top, becomes the entry point; such an insertion holds the entry lock throughout, which keeps concurrent
/// insertions from starting at a node whose upper layers are not linked yet.
/// </summary>
internal sealed class HnswInserter(HnswGraph graph, VectorRows rows)
{
    public void Insert(int node, HnswScratch scratch, bool locked)
    {
        var parameters = graph.Parameters;
        var level = HnswLevels.Of(parameters.Seed, node, parameters.LevelFactor);
        graph.Add(node, level);
        int entry, top;
        var holdsEntry = false;
        graph.EntryGate.Enter();
        try
        {
            if (graph.Entry < 0)
            {
                (graph.Entry, graph.TopLevel) = (node, level);
                return;
            }

            (entry, top) = (graph.Entry, graph.TopLevel);
            holdsEntry = level > top;
        }
        finally
        {
            if (!holdsEntry)
            {
                graph.EntryGate.Exit();
            }
        }

        try
        {
            Connect(node, level, entry, top, scratch, locked);
            if (holdsEntry)
            {
                (graph.Entry, graph.TopLevel) = (node, level);
            }
        }
        finally
        {
            if (holdsEntry)
            {
                graph.EntryGate.Exit();
            }
        }
    }

    private void Connect(int node, int level, int entry, int top, HnswScratch scratch, bool locked)
    {
        var query = rows.Row(node);
        var scale = rows.Scales[node];
        var start = HnswWalk.Descend(graph, rows, query, scale, (entry, rows.Similarity(node, entry)), top, level, scratch, locked);
        Span<int> chosen = stackalloc int[graph.Parameters.M];
        Span<float> scores = stackalloc float[graph.Parameters.M];
        scratch.Found.Clear();
        scratch.Found.Add(start);
        for (var layer = Math.Min(level, top); layer >= 0; layer--)
        {
            HnswWalk.SearchLayer(graph, rows, query, scale, graph.Parameters.EfConstruction, layer, null, scratch, locked);
            scratch.DrainResults();
            scratch.Pool.Clear();
            foreach (var found in scratch.Found)
            {
                if (found.Node != node && rows.IsLive(found.Node))
                {
                    scratch.Pool.Add(found);
                }
            }

            var count = NeighborSelection.Diverse(rows, scratch.Pool, graph.Parameters.M, chosen, scores);
            lock (graph.StripeOf(node))
            {
                graph.SetLinks(node, layer, chosen[..count]);
            }

            for (var i = 0; i < count; i++)
            {
                LinkBack(chosen[i], node, scores[i], layer, scratch);
            }

            if (scratch.Found.Count == 0)
            {
                scratch.Found.Add(start);
            }
        }
    }

    private void LinkBack(int from, int to, float score, int layer, HnswScratch scratch)
    {
        var max = graph.Parameters.MaxLinks(layer);
        lock (graph.StripeOf(from))
        {
            var slot = graph.Slot(from, layer);
            var links = slot.Slice(1, slot[0]);
            if (links.Contains(to))
            {
                return;
            }

            if (links.Length < max)
            {
                slot[links.Length + 1] = to;
                slot[0] = links.Length + 1;
                return;
            }

            var pool = scratch.Pool;
            pool.Clear();
            foreach (var link in links)
            {
                if (rows.IsLive(link))
                {
                    pool.Add((link, rows.Similarity(from, link)));
                }
            }

            pool.Add((to, score));
            pool.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Node.CompareTo(b.Node));
            var kept = NeighborSelection.Diverse(rows, pool, max, scratch.Chosen, scratch.ChosenScores);
            graph.SetLinks(from, layer, scratch.Chosen.AsSpan(0, kept));
        }
    }
}
