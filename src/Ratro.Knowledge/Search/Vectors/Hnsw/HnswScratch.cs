namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>Working memory of one search or one insertion on one thread, reused from call to call.</summary>
internal sealed class HnswScratch(int maxLinks)
{
    public VisitedSet Visited { get; } = new();

    /// <summary>Nodes still to expand, most similar first.</summary>
    public ScoredHeap Candidates { get; } = new(bestFirst: true);

    /// <summary>The best nodes found, least similar on top so it is the one dropped.</summary>
    public ScoredHeap Results { get; } = new(bestFirst: false);

    /// <summary>Where a layer search starts, and (after <see cref="DrainResults"/>) what it found, most similar first.</summary>
    public List<(int Node, float Score)> Found { get; } = [];

    /// <summary>A copy of one node's links.</summary>
    public int[] Links { get; } = new int[maxLinks];

    /// <summary>Candidates when a full link list is chosen again.</summary>
    public List<(int Node, float Score)> Pool { get; } = new(maxLinks + 1);

    public int[] Chosen { get; } = new int[maxLinks];

    public float[] ChosenScores { get; } = new float[maxLinks];

    /// <summary>Moves the result heap into <see cref="Found"/>, most similar first.</summary>
    public void DrainResults()
    {
        Found.Clear();
        while (Results.Count > 0)
        {
            Found.Add(Results.Pop());
        }

        Found.Reverse();
    }
}
