namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// Where the store's HNSW graph came from: <c>none</c> (small store, exact search only), <c>built</c> (first time),
/// <c>loaded</c> (from its file), <c>extended</c> (loaded, then the rows added after its last save linked in) or
/// <c>rebuilt</c> (the file was missing, damaged or stale, or too many rows were removed; <see cref="Problem"/> says which).
/// </summary>
public sealed record VectorGraphStatus(string State, int Nodes, string? Problem);
