namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// The two ways of moving through the graph toward a query vector: a greedy descent through the upper layers (one
/// current node, moved to any more similar neighbour until none is), and a best-first search of one layer that keeps
/// the <c>ef</c> most similar nodes seen. A filter limits what the layer search returns, not where it walks, so
/// nodes a filter rejects (and removed ones) still carry the search to the ones it accepts.
/// </summary>
internal static class HnswWalk
{
    public static (int Node, float Score) Descend(
        HnswGraph graph, VectorRows rows, ReadOnlySpan<sbyte> query, float queryScale, (int Node, float Score) start, int fromLevel, int toLevel,
        HnswScratch scratch, bool locked)
    {
        var (node, score) = start;
        for (var level = fromLevel; level > toLevel; level--)
        {
            var moved = true;
            while (moved)
            {
                moved = false;
                var count = graph.CopyLinks(node, level, scratch.Links, locked);
                for (var i = 0; i < count; i++)
                {
                    var next = scratch.Links[i];
                    var similarity = rows.Similarity(query, queryScale, next);
                    if (similarity > score)
                    {
                        (node, score, moved) = (next, similarity, true);
                    }
                }
            }
        }

        return (node, score);
    }

    /// <summary>
    /// Searches one layer from the nodes in <see cref="HnswScratch.Found"/>; leaves the best <paramref name="ef"/>
    /// nodes that <paramref name="accept"/> allows in <see cref="HnswScratch.Results"/>.
    /// </summary>
    public static void SearchLayer(
        HnswGraph graph, VectorRows rows, ReadOnlySpan<sbyte> query, float queryScale, int ef, int level, Func<int, bool>? accept,
        HnswScratch scratch, bool locked)
    {
        var (visited, candidates, results) = (scratch.Visited, scratch.Candidates, scratch.Results);
        visited.Reset(graph.Capacity);
        candidates.Clear();
        results.Clear();
        foreach (var (node, score) in scratch.Found)
        {
            if (visited.Visit(node))
            {
                candidates.Push(node, score);
                Offer(results, node, score, ef, accept);
            }
        }

        while (candidates.Count > 0)
        {
            var (current, currentScore) = candidates.Pop();
            if (results.Count >= ef && currentScore < results.TopScore)
            {
                break;
            }

            var links = scratch.Links;
            var count = graph.CopyLinks(current, level, links, locked);
            var fresh = 0;
            for (var i = 0; i < count; i++)
            {
                if (visited.Visit(links[i]))
                {
                    links[fresh++] = links[i];
                    rows.Prefetch(links[i]);
                }
            }

            for (var i = 0; i < fresh; i++)
            {
                var next = links[i];
                var similarity = rows.Similarity(query, queryScale, next);
                if (results.Count < ef || similarity > results.TopScore)
                {
                    candidates.Push(next, similarity);
                    Offer(results, next, similarity, ef, accept);
                }
            }
        }
    }

    private static void Offer(ScoredHeap results, int node, float score, int ef, Func<int, bool>? accept)
    {
        if (accept is not null && !accept(node))
        {
            return;
        }

        results.Push(node, score);
        if (results.Count > ef)
        {
            results.Pop();
        }
    }
}
