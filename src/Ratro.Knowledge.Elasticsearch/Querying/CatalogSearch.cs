using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Ratro.Knowledge.Elasticsearch.Schema;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>One page of every edition's designations, for the designation catalog; pages follow the edition id.</summary>
public static class CatalogSearch
{
    public const int PageSize = 1000;

    public static SearchRequest Page(string index, string? after) => new(index)
    {
        Query = Dsl.Term(IndexFields.Kind, IndexFields.KindEdition),
        Size = PageSize,
        Sort = [new SortOptions { Field = new FieldSort { Field = IndexFields.EditionId, Order = SortOrder.Asc } }],
        SearchAfter = after is null ? null : [after],
        TrackTotalHits = new TrackHits(false),
        Source = Sources.Of(IndexFields.Canonical, IndexFields.Designations),
    };
}
