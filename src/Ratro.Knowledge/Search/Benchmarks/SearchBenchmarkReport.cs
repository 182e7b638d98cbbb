namespace Ratro.Knowledge.Search.Benchmarks;

/// <summary>
/// What the search benchmark measured: latency per query group, over lexical queries, of the query embedding alone
/// (null when not measured), and memory.
/// </summary>
public sealed record SearchBenchmarkReport(
    string Engine,
    int Queries,
    int Rounds,
    IReadOnlyDictionary<string, LatencySummary> Groups,
    LatencySummary Lexical,
    LatencySummary? QueryEmbedding,
    long TotalHits,
    long PeakWorkingSetBytes,
    long ManagedHeapBytes);
