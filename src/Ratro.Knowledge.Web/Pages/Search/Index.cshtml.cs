using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Pages.Search;

/// <summary>/search?q=…: hits grouped by document with highlighted clause snippets, facets, paging and what the engine understood.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class SearchPageModel(DocumentFinder finder) : PageModel
{
    public const int PageSize = 10;
    public const int ClausesPerDocument = 3;
    public const string Path = "/search";

    public DocumentQuery Query { get; private set; } = new();

    public FinderResult? Result { get; private set; }

    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];

    public SearchSort Sort => Query.Sort ?? SearchSort.Relevance;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = DocumentQuery.From(Request.Query);
        if (Query.Text.Length == 0 && !Query.HasFilters)
        {
            return;
        }

        Result = await finder.FindAsync(Query, User, SearchSort.Relevance, PageSize, ClausesPerDocument, cancellationToken);
        Facets = FacetView.Build(Result, Query, Path);
        if (Result.QueryError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
