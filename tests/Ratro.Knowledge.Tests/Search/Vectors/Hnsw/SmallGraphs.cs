using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Tests.Search.Vectors.Hnsw;

/// <summary>Small clustered data sets for tests that change or reopen a store: 64 dimensions, editions of ten rows, a graph from 1,000 rows, one build thread.</summary>
public static class SmallGraphs
{
    public const int Dimensions = 64;

    public static VectorSearchOptions Options(long seed = 3) => new() { ExactBelow = 1000, BuildThreads = 1, Seed = seed };

    public static float[][] Vectors(int count, int seed = 9, int stream = 0)
    {
        var source = new SyntheticVectors(SyntheticVectors.Clustered, Dimensions, seed, stream, clusters: 50);
        return Enumerable.Range(0, count).Select(_ => source.Next()).ToArray();
    }

    public static void Fill(QuantizedVectorStore store, float[][] vectors, int firstRow = 0)
    {
        for (var i = 0; i < vectors.Length; i++)
        {
            var row = firstRow + i;
            store.Add(row + 1, (row / 10) + 1, vectors[i]);
        }
    }
}
