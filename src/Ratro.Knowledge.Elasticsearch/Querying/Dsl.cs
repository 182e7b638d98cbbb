using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>Short constructors for the Query DSL pieces the engine uses.</summary>
internal static class Dsl
{
    public static Query Term(string field, FieldValue value) => new TermQuery { Field = field, Value = value };

    public static Query Terms(string field, IEnumerable<string> values) =>
        new TermsQuery { Field = field, Terms = new TermsQueryField(values.Select(v => (FieldValue)v).ToList()) };

    public static Query Prefix(string field, string value) => new PrefixQuery { Field = field, Value = value };

    public static Query Phrase(string field, string text, float? boost = null) =>
        new MatchPhraseQuery { Field = field, Query = text, Boost = boost };

    /// <summary>The phrase in several fields, the best field counting fully and the others by the tie breaker (a dis_max of phrases).</summary>
    public static Query PhraseInFields(string text, IReadOnlyList<string> fields, float boost) =>
        new MultiMatchQuery
        {
            Query = text,
            Type = TextQueryType.Phrase,
            Fields = fields.ToArray(),
            TieBreaker = 0.1,
            Boost = boost == 1f ? null : boost,
        };

    public static Query AnyOf(IReadOnlyList<Query> queries, int? minimum = null) =>
        new BoolQuery { Should = queries.ToList(), MinimumShouldMatch = minimum is { } m ? new MinimumShouldMatch(m) : null };

    public static Query AllOf(IEnumerable<Query> filters) => new BoolQuery { Filter = filters.ToList() };

    public static Query Not(Query query) => new BoolQuery { MustNot = [query] };

    public static Query Constant(Query filter, double boost) => new ConstantScoreQuery { Filter = filter, Boost = (float)boost };
}
