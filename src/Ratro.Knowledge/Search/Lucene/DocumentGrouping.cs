namespace Ratro.Knowledge.Search.Lucene;

/// <summary>Groups ranked editions into documents by the shared rule of <see cref="EditionGrouping"/>.</summary>
internal static class DocumentGrouping
{
    public static IReadOnlyList<DocumentGroup> Group(IEnumerable<RankedEdition> editions, SearchSort sort) =>
        EditionGrouping.Group(editions, e => e.Edition, e => e.Score, sort)
            .Select(g => new DocumentGroup(g.Shown, g.Others, g.Score))
            .ToList();
}
