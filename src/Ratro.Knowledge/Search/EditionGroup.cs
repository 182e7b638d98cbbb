namespace Ratro.Knowledge.Search;

/// <summary>The matched editions of one document: the one shown, the others, and the document's score (its best edition's).</summary>
public sealed record EditionGroup<T>(T Shown, IReadOnlyList<T> Others, double Score);
