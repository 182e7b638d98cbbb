namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>Nodes seen during one search: a stamp per node, so starting a new search costs nothing but a counter.</summary>
internal sealed class VisitedSet
{
    private int[] stamps = [];
    private int current;

    /// <summary>Starts a search over nodes numbered below <paramref name="nodes"/>.</summary>
    public void Reset(int nodes)
    {
        if (stamps.Length < nodes)
        {
            stamps = new int[Math.Max(nodes, stamps.Length * 2)];
            current = 0;
        }

        if (++current == int.MaxValue)
        {
            Array.Clear(stamps);
            current = 1;
        }
    }

    /// <summary>Marks the node; false when it was already marked in this search.</summary>
    public bool Visit(int node)
    {
        if (stamps[node] == current)
        {
            return false;
        }

        stamps[node] = current;
        return true;
    }
}
