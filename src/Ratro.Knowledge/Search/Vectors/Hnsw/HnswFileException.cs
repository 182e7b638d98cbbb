namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>A graph file that cannot be used as it is; the message says why. The graph is then built again from the vectors.</summary>
public sealed class HnswFileException(string reason) : Exception(reason);
