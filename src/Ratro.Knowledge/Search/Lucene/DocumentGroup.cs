namespace Ratro.Knowledge.Search.Lucene;

/// <summary>The editions of one document in the results: the one shown and the others that matched.</summary>
public sealed record DocumentGroup(RankedEdition Shown, IReadOnlyList<RankedEdition> Others, double Score);
