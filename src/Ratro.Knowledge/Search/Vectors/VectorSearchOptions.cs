using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// How clause vectors are searched. Bound from section <c>Search:Vectors</c>. Below <see cref="ExactBelow"/> vectors
/// (or candidates left by a filter) the search is an exact scan; above, an HNSW graph kept in <c>vectors.hnsw</c>.
/// </summary>
public sealed class VectorSearchOptions
{
    /// <summary>Links per node and layer in the graph (twice as many on the bottom layer).</summary>
    public int M { get; set; } = 16;

    /// <summary>Candidates kept while a node is linked; more gives a better graph and a slower build.</summary>
    public int EfConstruction { get; set; } = 128;

    /// <summary>Candidates kept while a query walks the graph (at least the number of hits asked for).</summary>
    public int EfSearch { get; set; } = 128;

    /// <summary>Exact scan when the vectors, or the vectors a filter lets through, number fewer than this.</summary>
    public int ExactBelow { get; set; } = 5000;

    /// <summary>Seed of the graph's level assignment: the same seed and insertion order give the same graph.</summary>
    public long Seed { get; set; } = 20240611;

    /// <summary>Threads that link nodes when many are added at once; 0 = one per core, 1 = deterministic order.</summary>
    public int BuildThreads { get; set; }

    internal HnswParameters Graph => new(M, EfConstruction, Seed);

    /// <summary>The build threads actually used.</summary>
    public int Threads => BuildThreads > 0 ? BuildThreads : Environment.ProcessorCount;
}
