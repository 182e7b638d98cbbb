using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// The <c>filter</c> clauses of a search: what the caller may see (access level, drafts, current editions) and the
/// filters given and typed — the same rules as the Lucene engine's, so a hidden document is neither returned nor
/// counted in facets.
/// </summary>
public static class FilterClauses
{
    public static List<Query> For(SearchQuery query, SearchFilters typed)
    {
        var levels = Enum.GetValues<AccessLevel>().Where(a => a <= query.Access).Select(a => EnumNames.ToName(a));
        var filters = new List<Query> { Dsl.Terms(IndexFields.Access, levels) };
        if (!query.IncludeDrafts)
        {
            filters.Add(Dsl.Term(IndexFields.IsDraft, false));
        }

        if (query.CurrentEditionsOnly)
        {
            filters.Add(Dsl.Term(IndexFields.IsCurrent, true));
        }

        Add(filters, query.Filters);
        Add(filters, typed);
        return filters;
    }

    private static void Add(List<Query> filters, SearchFilters f)
    {
        if (f.Types.Count > 0)
        {
            filters.Add(Dsl.Terms(IndexFields.Type, f.Types.Select(t => EnumNames.ToName(t))));
        }

        if (f.Statuses.Count > 0)
        {
            filters.Add(Dsl.Terms(IndexFields.Status, f.Statuses.Select(s => EnumNames.ToName(s))));
        }

        if (f.Jurisdictions.Count > 0)
        {
            filters.Add(Dsl.Terms(IndexFields.Jurisdiction, f.Jurisdictions.Select(j => j.Trim().ToUpperInvariant())));
        }

        if (f.Languages.Count > 0)
        {
            filters.Add(Dsl.Terms(IndexFields.Language, f.Languages.Select(l => l.Trim().ToLowerInvariant())));
        }

        if (f.IcsCodes.Count > 0)
        {
            filters.Add(Dsl.AnyOf(f.IcsCodes.SelectMany(c => new[] { Dsl.Term(IndexFields.Ics, c), Dsl.Prefix(IndexFields.Ics, c + ".") }).ToList()));
        }

        if (f.Issuers.Count > 0)
        {
            filters.Add(Dsl.AnyOf(f.Issuers.Select(i => Dsl.Phrase(IndexFields.IssuerWords, i)).ToList()));
        }

        if (f.Synthetic is { } synthetic)
        {
            filters.Add(Dsl.Term(IndexFields.IsSynthetic, synthetic));
        }

        if (f.InForceOn is { } day)
        {
            var text = IndexedDocumentFactory.Day(day);
            filters.Add(new DateRangeQuery(IndexFields.Validity) { Gte = text, Lte = text, Relation = RangeRelation.Contains });
        }

        if (f.YearFrom is not null || f.YearTo is not null)
        {
            filters.Add(new NumberRangeQuery(IndexFields.Year) { Gte = f.YearFrom, Lte = f.YearTo });
        }
    }
}
