namespace Ratro.Knowledge.Search;

/// <summary>What a rebuild indexed and how long it took.</summary>
public sealed record RebuildReport(int Documents, int Editions, int Clauses, int Vectors, TimeSpan Elapsed);
