using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Pages.Documents;

/// <summary>/documents: the catalogue, with facets, a text filter, sorting and paging, all in the query string.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class CatalogueModel(DocumentFinder finder) : PageModel
{
    public const int PageSize = 25;
    public const string Path = "/documents";

    public DocumentQuery Query { get; private set; } = new();

    public FinderResult Result { get; private set; } = FinderResult.Failed("", PageSize);

    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];

    public SearchSort Sort => Query.Sort ?? DefaultSort;

    private SearchSort DefaultSort => Query.Text.Length > 0 ? SearchSort.Relevance : SearchSort.Designation;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = DocumentQuery.From(Request.Query);
        Result = await finder.FindAsync(Query, User, DefaultSort, PageSize, clausesPerDocument: 0, cancellationToken);
        Facets = FacetView.Build(Result, Query, Path);
        if (Result.QueryError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
