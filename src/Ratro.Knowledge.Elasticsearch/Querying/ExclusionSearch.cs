using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Elasticsearch.Schema;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// An excluded word leaves out whole editions — any of whose documents (edition or clause) contains it — as in the
/// Lucene engine; a <c>must_not</c> alone would only drop the matching clause. So the editions are found first (a
/// terms aggregation on the edition id, within the same filters) and excluded by id in the search itself.
/// </summary>
public static class ExclusionSearch
{
    public const string Editions = "editions";

    public static SearchRequest Build(string index, IReadOnlyList<Query> filters, Query exclusion, int limit) => new(index)
    {
        Query = new BoolQuery { Filter = [.. filters, exclusion] },
        Size = 0,
        TrackTotalHits = new TrackHits(false),
        Aggregations = new Dictionary<string, Aggregation>
        {
            [Editions] = new TermsAggregation { Field = IndexFields.EditionId, Size = limit + 1 },
        },
    };
}
