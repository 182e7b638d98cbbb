using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search.Syntax;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// A typed query made into Query DSL, shaped as the Lucene engine's query: one group per word or phrase (its forms in
/// the Russian and the English fields, and the designations), glossary expansions as weighted alternatives,
/// exclusions, and what the highlighter marks.
/// </summary>
public sealed record TextPlan(
    IReadOnlyList<Query> Groups,
    IReadOnlyList<Query> Expansions,
    IReadOnlyList<Query> Excluded,
    IReadOnlyList<GlossaryExpansion> ExpansionList)
{
    public bool IsEmpty => Groups.Count == 0 && Expansions.Count == 0;

    /// <summary>Whether a strict query that matched nothing may be retried relaxed.</summary>
    public bool CanRelax => Groups.Count > 1;

    /// <summary>Most groups must match (see <see cref="GroupMatching"/>), or any expansion; null for an empty plan.</summary>
    public Query? Text(bool relaxed)
    {
        if (IsEmpty)
        {
            return null;
        }

        var top = new List<Query>();
        if (Groups.Count > 0)
        {
            top.Add(Dsl.AnyOf(Groups, GroupMatching.MinimumMatch(Groups.Count, relaxed)));
        }

        if (Expansions.Count > 0)
        {
            top.Add(Dsl.AnyOf(Expansions));
        }

        return top.Count == 1 ? top[0] : Dsl.AnyOf(top);
    }

    /// <summary>Any group or expansion: every query word found in a clause is marked, as in the Lucene engine.</summary>
    public Query? Highlight => IsEmpty ? null : Dsl.AnyOf(Groups.Concat(Expansions).ToList());

    /// <summary>Any excluded word or phrase; null when nothing is excluded.</summary>
    public Query? Exclusion => Excluded.Count == 0 ? null : Dsl.AnyOf(Excluded);
}
