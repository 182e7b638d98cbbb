namespace Ratro.Knowledge.Search.Benchmarks;

/// <summary>One query of the benchmark set and the group it is reported under.</summary>
public sealed record BenchmarkQuery(string Group, SearchQuery Query);
