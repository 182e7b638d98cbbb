using Elastic.Clients.Elasticsearch;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>The sort of each <see cref="SearchSort"/>, as the Lucene engine orders documents; ties by designation.</summary>
public static class Sorting
{
    public static List<SortOptions> For(SearchSort sort) => sort switch
    {
        SearchSort.Date => [Field(IndexFields.Date, SortOrder.Desc, "_last"), Score(), Field(IndexFields.SortKey, SortOrder.Asc)],
        SearchSort.Designation => [Field(IndexFields.SortKey, SortOrder.Asc)],
        _ => [Score(), Field(IndexFields.SortKey, SortOrder.Asc)],
    };

    private static SortOptions Score() => new() { Score = new ScoreSort { Order = SortOrder.Desc } };

    private static SortOptions Field(string field, SortOrder order, string? missing = null) =>
        new() { Field = new FieldSort { Field = field, Order = order, Missing = missing } };
}
