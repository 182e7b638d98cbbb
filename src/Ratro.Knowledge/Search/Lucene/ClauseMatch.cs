namespace Ratro.Knowledge.Search.Lucene;

/// <summary>A matched clause document: its score, Lucene document number (index-wide) and clause key.</summary>
public readonly record struct ClauseMatch(float Score, int Doc, long ClauseKey, long EditionKey);
