namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>Queries under a filter that lets <see cref="Share"/> of editions through: latency, recall@10 against the exact filtered answer, and how the store answered (graph or scan).</summary>
public sealed record FilteredMeasurement(double Share, string Route, LatencySummary Latency, double RecallAt10, double MeanHits);
