using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Elasticsearch.Schema;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// The three searches of a hybrid query, fused on this side with the shared reciprocal rank fusion exactly as the
/// Lucene engine fuses (the server's RRF retriever is not used: it needs a paid licence on some tiers, and fusing
/// here keeps ranks identical across engines): text-ranked editions (collapsed on the edition) with their best
/// clauses, nearest clauses by kNN under the same filters, and the editions of documents named by designation.
/// </summary>
public static class HybridSearch
{
    /// <summary>Most editions of named documents read back.</summary>
    public const int DesignatedEditions = 1000;

    public static SearchRequest Text(SearchPlan plan, bool relaxed, int depth) => new(plan.Index)
    {
        Query = plan.Main(relaxed, withDesignations: false),
        Collapse = new FieldCollapse(IndexFields.EditionId)
        {
            InnerHits =
            [
                new InnerHits
                {
                    Name = GroupedSearch.Clauses,
                    Size = Math.Max(1, plan.Query.ClausesPerDocument) + 1,
                    Source = Sources.Clause,
                    Highlight = Highlighting.For(plan.Text.Highlight),
                },
            ],
        },
        Size = depth,
        TrackTotalHits = new TrackHits(false),
        Source = Sources.EditionFacts,
    };

    public static SearchRequest Nearest(SearchPlan plan, IReadOnlyList<float> vector, int depth, int candidates) => new(plan.Index)
    {
        Knn =
        [
            new KnnSearch
            {
                Field = IndexFields.Vector,
                QueryVector = vector.ToList(),
                K = depth,
                NumCandidates = candidates,
                Filter =
                [
                    new BoolQuery
                    {
                        Filter = [.. plan.Filters, Dsl.Term(IndexFields.Kind, IndexFields.KindClause)],
                        MustNot = plan.ExcludedEditions.Count == 0 ? null : plan.MustNot(),
                    },
                ],
            },
        ],
        Size = depth,
        TrackTotalHits = new TrackHits(false),
        Source = Sources.Clause,
        Highlight = Highlighting.For(plan.Text.Highlight),
    };

    public static SearchRequest Designated(SearchPlan plan) => new(plan.Index)
    {
        Query = new BoolQuery
        {
            Filter = [.. plan.Filters, DesignationBoosts.Editions(plan.Designated.UndatedByCanonical.Keys.Order(StringComparer.Ordinal).ToList())],
            MustNot = plan.ExcludedEditions.Count == 0 ? null : plan.MustNot(),
        },
        Size = DesignatedEditions,
        TrackTotalHits = new TrackHits(false),
        Source = Sources.EditionFacts,
    };
}
