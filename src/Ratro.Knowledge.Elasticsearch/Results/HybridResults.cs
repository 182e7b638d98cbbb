using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Ratro.Knowledge.Elasticsearch.Querying;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>
/// Fuses the searches of <see cref="HybridSearch"/> as the Lucene engine does: editions ranked by text (status-weighted
/// score) and by their nearest clause (cosine times the status factor) are fused by reciprocal rank, and so are each
/// edition's text and vector clauses; documents named by designation get their bonus; then editions group into
/// documents, facets count the shown editions, and the page is cut.
/// </summary>
public static class HybridResults
{
    public static SearchResults Read(
        SearchResponse<IndexedDocument> text,
        SearchResponse<IndexedDocument> nearest,
        SearchResponse<IndexedDocument>? named,
        SearchQuery query,
        DesignatedDocuments designated)
    {
        var keep = Math.Max(1, query.ClausesPerDocument);
        var textEditions = text.Hits.Where(h => h.Source is not null)
            .Select(h => (Info: EditionFacts.From(h.Source!), Score: h.Score ?? 0, Clauses: TextClauses(h)))
            .ToList();
        var vectorEditions = nearest.Hits.Where(h => h.Source is not null)
            .Select(h => (Info: EditionFacts.From(h.Source!), Clause: ClauseHits.From(h.Source, Cosine(h.Score), h.Highlight)))
            .Where(v => v.Clause is not null)
            .GroupBy(v => v.Info.Id)
            .Select(g => (Info: g.First().Info, Clauses: g.Select(v => v.Clause!).OrderByDescending(c => c.Score).ToList()))
            .OrderByDescending(g => g.Clauses[0].Score * StatusRanking.Factor(g.Info.Status))
            .ToList();

        var infos = textEditions.Select(t => t.Info).Concat(vectorEditions.Select(v => v.Info)).DistinctBy(i => i.Id).ToDictionary(i => i.Id);
        var textClauses = textEditions.ToDictionary(t => t.Info.Id, t => t.Clauses);
        var vectorClauses = vectorEditions.ToDictionary(v => v.Info.Id, v => v.Clauses);
        var ranked = new Dictionary<Guid, RankedEdition>();
        foreach (var (id, score) in RankFusion.Fuse([textEditions.OrderByDescending(t => t.Score).Select(t => t.Info.Id).ToList(), vectorEditions.Select(v => v.Info.Id).ToList()]))
        {
            var fromText = textClauses.GetValueOrDefault(id) ?? [];
            var fromVectors = vectorClauses.GetValueOrDefault(id) ?? [];
            var byId = fromVectors.Concat(fromText).GroupBy(c => c.ClauseId).ToDictionary(g => g.Key, g => g.Last());
            var clauses = RankFusion.Fuse([fromText.Select(c => c.ClauseId).ToList(), fromVectors.Select(c => c.ClauseId).ToList()])
                .Take(keep)
                .Select(c => byId[c.Item] with { Score = c.Score })
                .ToList();
            ranked[id] = new RankedEdition(infos[id], score, clauses);
        }

        foreach (var edition in named?.Hits.Where(h => h.Source is not null).Select(h => EditionFacts.From(h.Source!)) ?? [])
        {
            var bonus = designated.Bonus(edition.Canonical, edition.IsCurrentEdition);
            ranked[edition.Id] = ranked.TryGetValue(edition.Id, out var found)
                ? found with { Score = found.Score + bonus }
                : new RankedEdition(edition, bonus, []);
        }

        var groups = EditionGrouping.Group(ranked.Values, e => e.Edition, e => e.Score, query.Sort);
        var facets = FacetCounter.Count(groups.Select(g => g.Shown.Edition));
        var hits = groups.Skip(query.Offset).Take(query.Limit).Select(g => new DocumentHit(
            g.Shown.Edition.Id,
            g.Shown.Edition.Canonical,
            g.Score,
            g.Shown.Edition.IsCurrentEdition,
            designated.Contains(g.Shown.Edition.Canonical),
            g.Shown.Clauses.Take(query.ClausesPerDocument).ToList(),
            g.Others.Select(o => o.Edition.Id).ToList())).ToList();
        return new SearchResults(groups.Count, hits, facets, SearchExplanation.None);
    }

    /// <summary>The server scores cosine similarity as (1 + cos) / 2; the Lucene engine ranks by the cosine itself.</summary>
    public static double Cosine(double? score) => (2 * (score ?? 0)) - 1;

    private static List<ClauseHit> TextClauses(Hit<IndexedDocument> hit) =>
        hit.InnerHits is not null && hit.InnerHits.TryGetValue(GroupedSearch.Clauses, out var inner)
            ? inner.Hits.Hits.Select(h => ClauseHits.From(SourceReader.Read(h.Source), h.Score ?? 0, h.Highlight)).OfType<ClauseHit>().ToList()
            : [];
}
