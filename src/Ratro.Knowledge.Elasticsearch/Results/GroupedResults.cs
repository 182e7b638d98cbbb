using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Ratro.Knowledge.Elasticsearch.Querying;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>
/// Reads a <see cref="GroupedSearch"/> response: each collapsed hit is a document; its matched editions (inner hits)
/// decide the edition shown — the current one when it matched, else the best — and its best clauses are those of
/// that edition; the total and the facets come from the aggregations.
/// </summary>
public static class GroupedResults
{
    public static SearchResults Read(SearchResponse<IndexedDocument> response, SearchQuery query, DesignatedDocuments designated)
    {
        var hits = response.Hits.Select(h => Hit(h, query, designated)).OfType<DocumentHit>().ToList();
        var total = Math.Max(FacetReader.Documents(response.Aggregations), query.Offset + hits.Count);
        return new SearchResults(total, hits, FacetReader.Read(response.Aggregations), SearchExplanation.None);
    }

    /// <summary>How many documents matched the text alone (the <c>text_matched</c> aggregation), or null when not asked.</summary>
    public static long? TextMatched(SearchResponse<IndexedDocument> response) =>
        response.Aggregations?.GetFilter(GroupedSearch.TextMatched)?.DocCount;

    private static DocumentHit? Hit(Hit<IndexedDocument> hit, SearchQuery query, DesignatedDocuments designated)
    {
        var editions = Inner(hit, GroupedSearch.Editions)
            .Select(h => (Doc: SourceReader.Read(h.Source), Score: h.Score ?? 0))
            .Where(e => e.Doc is not null)
            .Select(e => (Info: EditionFacts.From(e.Doc!), e.Score))
            .ToList();
        if (editions.Count == 0)
        {
            return null;
        }

        var group = EditionGrouping.Group(editions, e => e.Info, e => e.Score, query.Sort)[0];
        var shown = group.Shown.Info;
        var shownId = IndexedDocumentFactory.Id(shown.Id);
        var clauses = Inner(hit, GroupedSearch.Clauses)
            .Select(h => (Doc: SourceReader.Read(h.Source), h.Score, h.Highlight))
            .Where(c => c.Doc?.EditionId == shownId)
            .Select(c => ClauseHits.From(c.Doc, c.Score ?? 0, c.Highlight))
            .OfType<ClauseHit>()
            .Take(query.ClausesPerDocument)
            .ToList();
        return new DocumentHit(
            shown.Id,
            shown.Canonical,
            hit.Score ?? group.Score,
            shown.IsCurrentEdition,
            designated.Contains(shown.Canonical),
            clauses,
            group.Others.Select(o => o.Info.Id).ToList());
    }

    private static IEnumerable<Hit<object>> Inner(Hit<IndexedDocument> hit, string name) =>
        hit.InnerHits is not null && hit.InnerHits.TryGetValue(name, out var inner) ? inner.Hits.Hits : [];
}
