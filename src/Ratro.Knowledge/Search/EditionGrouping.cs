namespace Ratro.Knowledge.Search;

/// <summary>
/// Groups scored editions by canonical designation — a document appears once — showing its current edition when
/// that one matched (else its best), scored by its best edition; then sorts the groups. The same for every engine
/// that groups on the client.
/// </summary>
public static class EditionGrouping
{
    public static IReadOnlyList<EditionGroup<T>> Group<T>(IEnumerable<T> editions, Func<T, EditionInfo> edition, Func<T, double> score, SearchSort sort)
    {
        var groups = editions
            .GroupBy(e => edition(e).Canonical, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(e => edition(e).IsCurrentEdition).ThenByDescending(score).ToList();
                return new EditionGroup<T>(ordered[0], ordered.Skip(1).ToList(), g.Max(score));
            });
        return sort switch
        {
            SearchSort.Date => groups
                .OrderByDescending(g => edition(g.Shown).Date ?? DateOnly.MinValue)
                .ThenByDescending(g => g.Score)
                .ThenBy(g => edition(g.Shown).SortKey, StringComparer.Ordinal)
                .ToList(),
            SearchSort.Designation => groups
                .OrderBy(g => edition(g.Shown).SortKey, StringComparer.Ordinal)
                .ToList(),
            _ => groups
                .OrderByDescending(g => g.Score)
                .ThenBy(g => edition(g.Shown).SortKey, StringComparer.Ordinal)
                .ToList(),
        };
    }
}
