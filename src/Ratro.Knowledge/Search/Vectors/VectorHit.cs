namespace Ratro.Knowledge.Search.Vectors;

/// <summary>A nearest clause: its key, its edition's key and the (approximate, int8) cosine similarity.</summary>
public readonly record struct VectorHit(long ClauseKey, long EditionKey, float Score);
