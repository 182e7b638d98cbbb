using System.Security.Claims;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// Runs catalogue and search queries for a visitor: always scoped to what the visitor may read (so results, snippets and
/// facet counts never include more), with the facet counts of each chosen facet taken without its own filter, and
/// the records of the hits loaded from the store.
/// </summary>
public sealed class DocumentFinder(ISearchIndex index, DocumentStore store, IOptions<SearchOptions> options, ILogger<DocumentFinder> logger)
{
    public async Task<FinderResult> FindAsync(
        DocumentQuery query, ClaimsPrincipal user, SearchSort defaultSort, int pageSize, int clausesPerDocument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(pageSize, 1, options.Value.MaxLimit);
        var search = DocumentAccess.Scope(user, new SearchQuery
        {
            Text = query.Text,
            Filters = query.Filters(),
            Sort = query.Sort ?? defaultSort,
            Offset = Math.Min((query.Page - 1) * size, SearchQueryValidation.MaxOffset),
            Limit = size,
            ClausesPerDocument = clausesPerDocument,
        });
        try
        {
            var results = await index.SearchAsync(search, cancellationToken);
            var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(results.Facets, StringComparer.Ordinal);
            foreach (var facet in DocumentQuery.Facets.Where(f => query.Selected(f).Count > 0))
            {
                var counts = await index.SearchAsync(search with { Filters = query.Filters(without: facet), Offset = 0, Limit = 1, ClausesPerDocument = 0 }, cancellationToken);
                facets[facet] = counts.Facet(facet);
            }

            var records = await store.GetRecordsAsync(results.Hits.Select(h => h.DocumentId).ToList(), cancellationToken);
            var found = results.Hits
                .Where(h => records.ContainsKey(h.DocumentId) && DocumentAccess.CanSee(user, records[h.DocumentId]))
                .Select(h => new FoundDocument(h, records[h.DocumentId]))
                .ToList();
            return new FinderResult(results.Total, found, facets, results.Explanation, size);
        }
        catch (SearchQueryException e)
        {
            return FinderResult.Failed(e.Message, size);
        }
        catch (SearchEngineException e)
        {
            logger.LogError(e, "Search failed for {Query}", query.Text);
            return FinderResult.Down(size);
        }
    }
}
