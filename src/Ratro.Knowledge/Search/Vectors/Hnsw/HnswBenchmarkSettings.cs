namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>What <see cref="HnswBenchmark"/> measures: how many vectors of which kind, how many queries, with which index options, in which folder.</summary>
public sealed record HnswBenchmarkSettings
{
    public int Count { get; init; } = 500_000;

    public int Dimensions { get; init; } = 384;

    /// <summary><see cref="SyntheticVectors.Random"/> or <see cref="SyntheticVectors.Clustered"/>.</summary>
    public string Data { get; init; } = SyntheticVectors.Random;

    /// <summary>Queries timed (after a short warm-up).</summary>
    public int Queries { get; init; } = 1000;

    /// <summary>Queries also answered exactly, to measure recall.</summary>
    public int RecallQueries { get; init; } = 100;

    /// <summary>Hits asked for per query (the engine asks for <c>Search:Lucene:VectorDepth</c>, 100).</summary>
    public int K { get; init; } = 100;

    /// <summary>Shares of editions a filter lets through, each measured with its own queries (rows come in editions of 10).</summary>
    public IReadOnlyList<double> FilterShares { get; init; } = [0.5, 0.1, 0.02];

    /// <summary>Other efSearch values measured on the same graph (latency and recall without a filter).</summary>
    public IReadOnlyList<int> EfSearchSweep { get; init; } = [];

    public int Seed { get; init; } = 1;

    public VectorSearchOptions Options { get; init; } = new();

    /// <summary>Measure queries on the vector and graph files an earlier run left in <see cref="Folder"/> instead of building them again.</summary>
    public bool Reuse { get; init; }

    /// <summary>Where the vector and graph files are written (their earlier versions deleted first, unless reused).</summary>
    public required string Folder { get; init; }
}
