using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Syntax;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// One search on one snapshot: parse, restrict to the editions the caller may see and the filters allow, recognize
/// designations, match text (strict, then relaxed if nothing matched), exclude, fuse with vector hits, rank by
/// edition, group editions into documents, count facets, page, and build clause hits with snippets.
/// </summary>
internal sealed class LuceneSearchRun(IndexSnapshot snapshot, LuceneEngineParts parts, SearchQuery query)
{
    public async Task<SearchResults> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        SearchQueryValidation.Check(query, parts.SearchOptions);
        var parsed = UserQueryParser.Parse(query.Text, parts.SearchOptions.MaxQueryLength);
        var allowed = Allowed(parsed);
        var designated = DesignatedDocuments.Find(parsed, parts.Recognizer, snapshot.Editions.Catalog);
        var lucene = parts.QueryBuilder.Build(designated.Remove(parsed), snapshot.Spelling);
        if (allowed.Count == 0 || snapshot.Searcher is null)
        {
            return Explained(SearchResults.Empty, designated, lucene, false, false, clock);
        }

        if (lucene.Excluded is not null)
        {
            var excluded = Collect(lucene.Excluded, allowed).Editions;
            allowed = allowed.Where(p => !excluded.ContainsKey(p.Key)).ToDictionary();
        }

        MatchCollector? text = null;
        var relaxed = false;
        if (lucene.Text(false) is { } strict)
        {
            text = Collect(strict, allowed);
            if (text.Editions.Count == 0 && lucene.Groups.Count > 1)
            {
                text = Collect(lucene.Text(true)!, allowed);
                relaxed = true;
            }
        }

        var vectorHits = await VectorHitsAsync(parsed, lucene, allowed, cancellationToken);
        var ranked = EditionRanking.Rank(text, vectorHits, allowed, query.ClausesPerDocument);
        AddDesignated(ranked, designated, allowed);
        if (lucene.IsEmpty && designated.Count == 0)
        {
            foreach (var edition in allowed.Values)
            {
                ranked.TryAdd(edition.Key, new RankedEdition(edition, 0, []));
            }
        }

        var groups = BoundedGrouping.Group(ranked.Values.ToList(), query.Sort, (int)Math.Min((long)query.Offset + query.Limit, int.MaxValue));
        var facets = snapshot.Editions.Facets.Count(groups.Shown);
        var page = groups.Top.Skip(query.Offset).Take(query.Limit).ToList();
        var hits = page.Select(g => ClauseHits.ToHit(g, snapshot.Searcher, parts.Analyzers, lucene.HighlightTerms, designated.UndatedByCanonical)).ToList();
        return Explained(new SearchResults(groups.Total, hits, facets, SearchExplanation.None), designated, lucene, vectorHits.Count > 0, relaxed, clock);
    }

    /// <summary>The editions the caller may see that pass the filters; the unfiltered sets are kept per index version.</summary>
    private IReadOnlyDictionary<long, EditionInfo> Allowed(ParsedQuery parsed)
    {
        var visible = snapshot.Visible(query.Access, query.IncludeDrafts, query.CurrentEditionsOnly);
        if (!EditionFilter.Restricts(query.Filters) && !EditionFilter.Restricts(parsed.TypedFilters))
        {
            return visible;
        }

        return visible.Values
            .Where(e => EditionFilter.Passes(e, query.Filters) && EditionFilter.Passes(e, parsed.TypedFilters))
            .ToDictionary(e => e.Key);
    }

    private MatchCollector Collect(global::Lucene.Net.Search.Query luceneQuery, IReadOnlyDictionary<long, EditionInfo> allowed) =>
        SegmentSearch.Collect(
            snapshot.Searcher!,
            luceneQuery,
            new MatchCollector(allowed.ContainsKey, Math.Max(1, query.ClausesPerDocument)),
            allowed.Count < snapshot.Editions.Count ? snapshot.Ranges?.Accepted(allowed.Keys) : null);

    private async Task<IReadOnlyList<VectorHit>> VectorHitsAsync(
        ParsedQuery parsed, LuceneQuery lucene, IReadOnlyDictionary<long, EditionInfo> allowed, CancellationToken cancellationToken)
    {
        if (!(query.Hybrid ?? true) || parts.Embedder is not { } embedder || snapshot.Vectors is not { Count: > 0 } store || lucene.IsEmpty)
        {
            return [];
        }

        if (VectorQueryText.Of(parsed, lucene.ExpansionList, embedder) is not { } text)
        {
            return [];
        }

        var vector = (await embedder.EmbedAsync([text], cancellationToken))[0];
        return store.Search(vector, parts.Options.VectorDepth, allowed.ContainsKey);
    }

    private static void AddDesignated(Dictionary<long, RankedEdition> ranked, DesignatedDocuments designated, IReadOnlyDictionary<long, EditionInfo> allowed)
    {
        foreach (var edition in allowed.Values.Where(e => designated.Contains(e.Canonical)))
        {
            var bonus = designated.Bonus(edition.Canonical, edition.IsCurrentEdition);
            ranked[edition.Key] = ranked.TryGetValue(edition.Key, out var found)
                ? found with { Score = found.Score + bonus }
                : new RankedEdition(edition, bonus, []);
        }
    }

    private static SearchResults Explained(
        SearchResults results, DesignatedDocuments designated, LuceneQuery lucene, bool hybrid, bool relaxed, Stopwatch clock) =>
        results with
        {
            Explanation = new SearchExplanation(
                designated.UndatedByCanonical.Keys.Order(StringComparer.Ordinal).ToList(),
                lucene.ExpansionList.Select(e => $"{e.Text} ({e.Language}, {e.Weight:0.0})").Distinct().ToList(),
                hybrid,
                relaxed,
                clock.Elapsed),
        };
}
