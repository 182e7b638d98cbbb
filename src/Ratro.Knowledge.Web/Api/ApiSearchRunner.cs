using System.Security.Claims;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Api.Contracts;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Api;

/// <summary>Runs a list or search request for a caller, scoped to what the caller may read, and loads the hits' records.</summary>
public sealed class ApiSearchRunner(ISearchIndex index, DocumentStore store, IOptions<SearchOptions> options)
{
    public async Task<ApiSearchOutcome> RunAsync(DocumentFilter filter, ClaimsPrincipal user, int clausesPerDocument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Skip is < 0 or > SearchQueryValidation.MaxOffset || filter.Take < 1 || filter.Take > options.Value.MaxLimit)
        {
            return ApiSearchOutcome.Failed(ApiProblems.BadPaging(options.Value.MaxLimit));
        }

        var query = filter.ToQuery();
        var search = DocumentAccess.Scope(user, new SearchQuery
        {
            Text = query.Text,
            Filters = query.Filters(),
            Sort = query.Sort ?? (query.Text.Length == 0 ? SearchSort.Designation : SearchSort.Relevance),
            Offset = filter.Skip,
            Limit = filter.Take,
            ClausesPerDocument = Math.Clamp(clausesPerDocument, 0, SearchQueryValidation.MaxClausesPerDocument),
        });
        try
        {
            var results = await index.SearchAsync(search, cancellationToken);
            var records = await store.GetRecordsAsync(results.Hits.Select(h => h.DocumentId).ToList(), cancellationToken);
            var hits = results.Hits
                .Where(h => records.TryGetValue(h.DocumentId, out var r) && DocumentAccess.CanSee(user, r))
                .Select(h => (Hit: h, Record: records[h.DocumentId]))
                .ToList();
            return new ApiSearchOutcome(results, hits, null);
        }
        catch (SearchQueryException e)
        {
            return ApiSearchOutcome.Failed(ApiProblems.BadQuery(e.Message));
        }
        catch (SearchEngineException)
        {
            return ApiSearchOutcome.Failed(ApiProblems.Unavailable());
        }
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets(SearchResults results) =>
        Catalogue.DocumentQuery.Facets.ToDictionary(f => f, f => (IReadOnlyList<FacetCount>)results.Facet(f).Select(v => new FacetCount(v.Value, v.Count)).ToList());
}
