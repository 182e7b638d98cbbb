namespace Ratro.Knowledge.Search.Lucene;

/// <summary>An edition in the result set with its final score and its best clauses.</summary>
public sealed record RankedEdition(EditionInfo Edition, double Score, IReadOnlyList<ClauseRef> Clauses);
