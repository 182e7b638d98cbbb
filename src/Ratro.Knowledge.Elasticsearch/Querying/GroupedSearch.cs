using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// The text search, grouped on the server: documents (editions and clauses) collapse on the canonical designation,
/// so paging counts documents; inner hits bring each document's matched editions (collapsed once more on the edition)
/// and its best clauses with highlights; aggregations count documents (distinct canonical designations) in total and
/// per facet value, over exactly what the filters let through.
/// </summary>
public static class GroupedSearch
{
    public const string Editions = "editions";
    public const string Clauses = "clauses";
    public const string Documents = "documents";
    public const string TextMatched = "text_matched";

    /// <summary>Matched editions listed per document; more are possible but not shown as other editions.</summary>
    public const int EditionsPerDocument = 50;

    public const int FacetSize = 200;

    /// <summary>The cardinality aggregation's most precise setting: counts are exact in practice below it.</summary>
    public const int TotalPrecision = 40_000;

    public static readonly IReadOnlyDictionary<string, string> FacetFields = new Dictionary<string, string>
    {
        [FacetNames.Type] = IndexFields.Type,
        [FacetNames.Status] = IndexFields.Status,
        [FacetNames.Issuer] = IndexFields.Issuer,
        [FacetNames.Jurisdiction] = IndexFields.Jurisdiction,
        [FacetNames.Ics] = IndexFields.Ics,
        [FacetNames.Year] = IndexFields.Year,
        [FacetNames.Language] = IndexFields.Language,
        [FacetNames.Access] = IndexFields.Access,
    };

    public static SearchRequest Build(SearchPlan plan, bool relaxed)
    {
        var query = plan.Query;
        var innerHits = new List<InnerHits>
        {
            new() { Name = Editions, Size = EditionsPerDocument, Collapse = new FieldCollapse(IndexFields.EditionId), Source = Sources.EditionFacts },
        };
        if (!plan.Text.IsEmpty && query.ClausesPerDocument > 0)
        {
            innerHits.Add(new InnerHits
            {
                Name = Clauses,
                Size = ClausesToFetch(query),
                Source = Sources.Clause,
                Highlight = Highlighting.For(plan.Text.Highlight),
            });
        }

        return new SearchRequest(plan.Index)
        {
            Query = plan.Main(relaxed),
            Collapse = new FieldCollapse(IndexFields.Canonical) { InnerHits = innerHits },
            From = query.Offset,
            Size = query.Limit,
            Sort = Sorting.For(query.Sort),
            TrackScores = query.Sort == SearchSort.Relevance ? null : true,
            TrackTotalHits = new TrackHits(false),
            Source = Sources.Of(IndexFields.Canonical),
            Aggregations = Aggregations(plan, relaxed),
        };
    }

    /// <summary>
    /// The best clauses of a document may belong to an edition not shown: with all editions searched, fetch several
    /// per edition; the edition documents among them (matched by title or designation) are dropped on reading.
    /// </summary>
    public static int ClausesToFetch(SearchQuery query) =>
        query.CurrentEditionsOnly ? query.ClausesPerDocument + 1 : Math.Min(100, (query.ClausesPerDocument + 1) * 4);

    private static Dictionary<string, Aggregation> Aggregations(SearchPlan plan, bool relaxed)
    {
        var aggregations = new Dictionary<string, Aggregation>
        {
            [Documents] = new CardinalityAggregation { Field = IndexFields.Canonical, PrecisionThreshold = TotalPrecision },
        };
        foreach (var (facet, field) in FacetFields)
        {
            aggregations[facet] = new Aggregation
            {
                Terms = new TermsAggregation { Field = field, Size = FacetSize },
                Aggregations = new Dictionary<string, Aggregation> { [Documents] = new CardinalityAggregation { Field = IndexFields.Canonical } },
            };
        }

        if (!relaxed && plan.Text.CanRelax && plan.Text.Text(false) is { } strict)
        {
            aggregations[TextMatched] = new Aggregation { Filter = strict };
        }

        return aggregations;
    }
}
