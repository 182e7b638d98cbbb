namespace Ratro.Knowledge.Search.Lucene;

/// <summary>A clause to show: its key, its Lucene document when known (vector-only hits are looked up), and its score.</summary>
public readonly record struct ClauseRef(long ClauseKey, int? Doc, double Score);
