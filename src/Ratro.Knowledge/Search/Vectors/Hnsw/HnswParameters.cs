namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// The shape of a graph: <see cref="M"/> links per node on the upper layers and 2·M on the bottom one, the candidate
/// list size while linking, and the seed of the level draw (levels fall off geometrically with factor 1 / ln M).
/// </summary>
internal sealed record HnswParameters(int M, int EfConstruction, long Seed)
{
    public const int MaxLevel = 15;

    public int BottomLinks => 2 * M;

    public double LevelFactor => 1 / Math.Log(M);

    public int MaxLinks(int level) => level == 0 ? BottomLinks : M;
}
