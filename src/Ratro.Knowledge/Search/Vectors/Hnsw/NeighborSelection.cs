namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// Chooses a node's links among candidates so they point in different directions: walking the candidates from the
/// most similar, one is kept only if it is more similar to the node than to every link already kept; otherwise a
/// kept link already leads toward it. This keeps bridges between clusters that plain nearest links would drop.
/// </summary>
internal static class NeighborSelection
{
    /// <summary>Writes the chosen nodes (at most <paramref name="max"/>) and their similarities; returns how many.</summary>
    public static int Diverse(VectorRows rows, List<(int Node, float Score)> bestFirst, int max, Span<int> chosen, Span<float> scores)
    {
        var count = 0;
        foreach (var (node, score) in bestFirst)
        {
            if (count == max)
            {
                break;
            }

            var keep = true;
            for (var j = 0; j < count && keep; j++)
            {
                keep = rows.Similarity(node, chosen[j]) <= score;
            }

            if (keep)
            {
                chosen[count] = node;
                scores[count] = score;
                count++;
            }
        }

        return count;
    }
}
