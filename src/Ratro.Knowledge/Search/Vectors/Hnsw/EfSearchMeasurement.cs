namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>Queries at one efSearch: latency and recall against the exact answer.</summary>
public sealed record EfSearchMeasurement(int EfSearch, LatencySummary Latency, double RecallAt10, double RecallAtK);
