using Lucene.Net.Search;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search.Syntax;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// A typed query made into Lucene queries: one group per word or phrase (any of its forms in Russian or English
/// fields), glossary expansions as weighted alternatives, exclusions, and the terms to mark in snippets.
/// </summary>
public sealed record LuceneQuery(
    IReadOnlyList<Query> Groups,
    Query? Expansions,
    Query? Excluded,
    IReadOnlyDictionary<string, IReadOnlySet<string>> HighlightTerms,
    IReadOnlyList<GlossaryExpansion> ExpansionList)
{
    public bool IsEmpty => Groups.Count == 0 && Expansions is null;

    /// <summary>Groups that must match: all of up to two, then three quarters; 1 when relaxed.</summary>
    public static int MinimumMatch(int groups, bool relaxed) => GroupMatching.MinimumMatch(groups, relaxed);

    public Query? Text(bool relaxed)
    {
        if (IsEmpty)
        {
            return null;
        }

        var top = new BooleanQuery();
        if (Groups.Count > 0)
        {
            var core = new BooleanQuery { MinimumNumberShouldMatch = MinimumMatch(Groups.Count, relaxed) };
            foreach (var group in Groups)
            {
                core.Add(group, Occur.SHOULD);
            }

            top.Add(core, Occur.SHOULD);
        }

        if (Expansions is not null)
        {
            top.Add(Expansions, Occur.SHOULD);
        }

        return top;
    }
}
