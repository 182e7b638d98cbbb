using System.Diagnostics;
using Elastic.Clients.Elasticsearch;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Results;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Elasticsearch.Writing;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Syntax;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// One search: parse, recognize designations in the catalog, plan the text, build the filters, find excluded editions,
/// then either the grouped text search (strict, relaxed when nothing matched) or — with embeddings and vectors in the
/// index — the hybrid searches fused on this side.
/// </summary>
public sealed class SearchRun(ElasticsearchEngineParts parts, ServerCalls server, DesignationCatalogCache catalog, IndexState state)
{
    public async Task<SearchResults> RunAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        SearchQueryValidation.Check(query, parts.SearchOptions);
        var parsed = UserQueryParser.Parse(query.Text, parts.SearchOptions.MaxQueryLength);
        var designated = DesignatedDocuments.Find(parsed, parts.Recognizer, await catalog.GetAsync(cancellationToken));
        var text = parts.Planner.Plan(designated.Remove(parsed));
        var filters = FilterClauses.For(query, parsed.TypedFilters);
        var excluded = text.Exclusion is { } exclusion ? await ExcludedAsync(filters, exclusion, cancellationToken) : [];
        var plan = new SearchPlan(parts.Names.Alias, query, text, designated, filters, excluded);
        var fused = await HybridAsync(plan, parsed, cancellationToken);
        var (results, relaxed) = fused ?? await GroupedAsync(plan, cancellationToken);
        return results with
        {
            Explanation = new SearchExplanation(
                designated.UndatedByCanonical.Keys.Order(StringComparer.Ordinal).ToList(),
                text.ExpansionList.Select(e => $"{e.Text} ({e.Language}, {e.Weight:0.0})").Distinct().ToList(),
                fused is not null,
                relaxed,
                clock.Elapsed),
        };
    }

    private async Task<(SearchResults Results, bool Relaxed)> GroupedAsync(SearchPlan plan, CancellationToken cancellationToken)
    {
        var response = await SearchAsync(GroupedSearch.Build(plan, relaxed: false), cancellationToken);
        if (plan.Text.CanRelax && GroupedResults.TextMatched(response) == 0)
        {
            response = await SearchAsync(GroupedSearch.Build(plan, relaxed: true), cancellationToken);
            return (GroupedResults.Read(response, plan.Query, plan.Designated), true);
        }

        return (GroupedResults.Read(response, plan.Query, plan.Designated), false);
    }

    private async Task<(SearchResults Results, bool Relaxed)?> HybridAsync(SearchPlan plan, ParsedQuery parsed, CancellationToken cancellationToken)
    {
        if (!(plan.Query.Hybrid ?? true) || parts.Embedder is not { } embedder || !state.VectorsUsable || plan.Text.IsEmpty
            || VectorQueryText.Of(parsed, plan.Text.ExpansionList, embedder) is not { } vectorText)
        {
            return null;
        }

        var vector = (await embedder.EmbedAsync([vectorText], cancellationToken))[0];
        var options = parts.Options;
        var nearest = await SearchAsync(HybridSearch.Nearest(plan, vector, options.VectorDepth, options.VectorDepth * options.CandidatesFactor), cancellationToken);
        if (nearest.Hits.Count == 0)
        {
            return null;
        }

        var text = await SearchAsync(HybridSearch.Text(plan, relaxed: false, options.FusionDepth), cancellationToken);
        var relaxed = false;
        if (text.Hits.Count == 0 && plan.Text.CanRelax)
        {
            text = await SearchAsync(HybridSearch.Text(plan, relaxed: true, options.FusionDepth), cancellationToken);
            relaxed = true;
        }

        var named = plan.Designated.Count > 0 ? await SearchAsync(HybridSearch.Designated(plan), cancellationToken) : null;
        return (HybridResults.Read(text, nearest, named, plan.Query, plan.Designated), relaxed);
    }

    private async Task<IReadOnlyList<string>> ExcludedAsync(
        IReadOnlyList<Elastic.Clients.Elasticsearch.QueryDsl.Query> filters, Elastic.Clients.Elasticsearch.QueryDsl.Query exclusion, CancellationToken cancellationToken)
    {
        var limit = parts.Options.MaxExcludedEditions;
        var response = await SearchAsync(ExclusionSearch.Build(parts.Names.Alias, filters, exclusion, limit), cancellationToken);
        var editions = response.Aggregations?.GetStringTerms(ExclusionSearch.Editions)?.Buckets
            .Select(b => b.Key.TryGetString(out var id) ? id : null).OfType<string>().ToList() ?? [];
        if (editions.Count > limit)
        {
            throw new SearchQueryException(
                $"Исключаемые слова встречаются более чем в {limit} редакциях: уточните исключение. / " +
                $"The excluded words occur in more than {limit} editions: narrow the exclusion.");
        }

        return editions;
    }

    private Task<SearchResponse<IndexedDocument>> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        server.CallAsync("searching", (c, t) => c.SearchAsync<IndexedDocument>(request, t), cancellationToken);
}
