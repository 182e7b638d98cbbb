namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Groups ranked editions by canonical designation — a document appears once — showing its current edition when
/// that one matched (else its best), scored by its best edition; then sorts the groups.
/// </summary>
internal static class DocumentGrouping
{
    public static IReadOnlyList<DocumentGroup> Group(IEnumerable<RankedEdition> editions, SearchSort sort)
    {
        var groups = editions
            .GroupBy(e => e.Edition.Canonical, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(e => e.Edition.IsCurrentEdition).ThenByDescending(e => e.Score).ToList();
                return new DocumentGroup(ordered[0], ordered.Skip(1).ToList(), g.Max(e => e.Score));
            });
        return sort switch
        {
            SearchSort.Date => groups
                .OrderByDescending(g => g.Shown.Edition.Date ?? DateOnly.MinValue)
                .ThenByDescending(g => g.Score)
                .ThenBy(g => g.Shown.Edition.SortKey, StringComparer.Ordinal)
                .ToList(),
            SearchSort.Designation => groups
                .OrderBy(g => g.Shown.Edition.SortKey, StringComparer.Ordinal)
                .ToList(),
            _ => groups
                .OrderByDescending(g => g.Score)
                .ThenBy(g => g.Shown.Edition.SortKey, StringComparer.Ordinal)
                .ToList(),
        };
    }
}
