namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// The order of document groups for a sort, as <see cref="EditionGrouping"/> sorts them: by score, date or designation
/// with the same tie-breaks, and last by the order in which the groups first appeared (a stable sort's order).
/// </summary>
internal sealed class GroupOrder(SearchSort sort, Func<int, EditionInfo> shown, Func<int, double> score) : IComparer<int>
{
    public int Compare(int a, int b)
    {
        var result = sort switch
        {
            SearchSort.Date => Chain(
                (shown(b).Date ?? DateOnly.MinValue).CompareTo(shown(a).Date ?? DateOnly.MinValue),
                score(b).CompareTo(score(a)),
                a,
                b),
            SearchSort.Designation => string.CompareOrdinal(shown(a).SortKey, shown(b).SortKey),
            _ => Chain(score(b).CompareTo(score(a)), 0, a, b),
        };
        return result != 0 ? result : a.CompareTo(b);
    }

    private int Chain(int first, int second, int a, int b) =>
        first != 0 ? first : second != 0 ? second : string.CompareOrdinal(shown(a).SortKey, shown(b).SortKey);
}
