using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Tests.Search.Vectors.Hnsw;

/// <summary>
/// Two in-memory stores of 20,000 384-dimension vectors (random and clustered) with their graphs built once for the
/// tests of a class, which only search them. Rows come in editions of ten; the graph serves from 1,000 passing rows.
/// The random set's graph is built with efConstruction 64: on data without neighbourhoods a denser build buys
/// nothing, and the tests run without optimization.
/// </summary>
public sealed class HnswStores : IDisposable
{
    public const int Count = 20_000;
    public const int Dimensions = 384;
    public const int RowsPerEdition = 10;

    /// <summary>An efSearch wide enough for random vectors (the walk then visits most of the graph).</summary>
    public const int WideEf = 1500;

    public HnswStores()
    {
        Random = Build(SyntheticVectors.Random, efConstruction: 64);
        Clustered = Build(SyntheticVectors.Clustered, Options.EfConstruction);
    }

    public QuantizedVectorStore Random { get; }

    public QuantizedVectorStore Clustered { get; }

    public static VectorSearchOptions Options => new() { ExactBelow = 1000 };

    public QuantizedVectorStore Of(string data) => data == SyntheticVectors.Random ? Random : Clustered;

    /// <summary>Queries drawn like the data (around the same centres for clustered data) but not among it.</summary>
    public static List<float[]> Queries(string data, int count)
    {
        var source = new SyntheticVectors(data, Dimensions, seed: 5, stream: 1);
        return Enumerable.Range(0, count).Select(_ => source.Next()).ToList();
    }

    public static long EditionOf(int row) => (row / RowsPerEdition) + 1;

    public void Dispose()
    {
        Random.Dispose();
        Clustered.Dispose();
    }

    private static QuantizedVectorStore Build(string data, int efConstruction)
    {
        var options = Options;
        options.EfConstruction = efConstruction;
        var store = QuantizedVectorStore.InMemory(Dimensions, Count, options);
        var source = new SyntheticVectors(data, Dimensions, seed: 5, stream: 0);
        for (var row = 0; row < Count; row++)
        {
            store.Add(row + 1, EditionOf(row), source.Next());
        }

        store.Flush();
        return store;
    }
}
