using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>Everything a search request is built from: the query, its text plan, the documents it names, the filters, and the editions an exclusion removed.</summary>
public sealed record SearchPlan(
    string Index,
    SearchQuery Query,
    TextPlan Text,
    DesignatedDocuments Designated,
    IReadOnlyList<Query> Filters,
    IReadOnlyList<string> ExcludedEditions)
{
    /// <summary>Neither words nor designations: every visible document is listed.</summary>
    public bool IsBrowse => Text.IsEmpty && Designated.Count == 0;

    public List<Query> MustNot() => ExcludedEditions.Count == 0 ? [] : [Dsl.Terms(IndexFields.EditionId, ExcludedEditions)];

    /// <summary>
    /// Text (status-weighted) or a designation bonus must match, within the filters, outside excluded editions; with
    /// neither, every visible edition document matches with no score.
    /// </summary>
    public Query Main(bool relaxed, bool withDesignations = true)
    {
        var filters = Filters.ToList();
        var should = new List<Query>();
        if (Text.Text(relaxed) is { } text)
        {
            should.Add(StatusScoring.Wrap(text));
        }

        if (withDesignations)
        {
            should.AddRange(DesignationBoosts.For(Designated));
        }

        if (should.Count == 0)
        {
            filters.Add(Dsl.Term(IndexFields.Kind, IndexFields.KindEdition));
            return new BoolQuery { Filter = filters, MustNot = NullIfEmpty(MustNot()) };
        }

        return new BoolQuery { Filter = filters, MustNot = NullIfEmpty(MustNot()), Should = should, MinimumShouldMatch = 1 };
    }

    private static List<Query>? NullIfEmpty(List<Query> list) => list.Count == 0 ? null : list;
}
