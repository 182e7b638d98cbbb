namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>What the pager partial needs: the state to keep in its links, the result's size, and the page's path.</summary>
public sealed record PagerView(DocumentQuery Query, FinderResult Result, string Path)
{
    public string Href(int page) => Path + Query.WithPage(page).ToQueryString();

    /// <summary>Page numbers to offer: the first, the last, and two on each side of the current one.</summary>
    public IReadOnlyList<int> Numbers()
    {
        var last = Math.Min(Result.Pages, DocumentQuery.MaxPage);
        return Enumerable.Range(1, last).Where(p => p == 1 || p == last || Math.Abs(p - Query.Page) <= 2).ToList();
    }
}
