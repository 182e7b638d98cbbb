namespace Ratro.Knowledge.Search.Lucene;

/// <summary>The documents a result set has (<paramref name="Total"/>), the best of them in order, and the edition shown of every one.</summary>
internal sealed record BoundedGroups(int Total, IReadOnlyList<DocumentGroup> Top, IReadOnlyList<EditionInfo> Shown);
