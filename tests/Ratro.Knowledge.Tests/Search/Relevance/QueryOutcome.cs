namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>
/// What the engine returned for one query: the canonical designations of the ranked documents, best first, and the
/// 1-based rank of the first expected one among them (null when none was returned).
/// </summary>
public sealed record QueryOutcome(RelevanceQuery Query, IReadOnlyList<string> Ranked)
{
    public int? Rank { get; } = FirstExpected(Query, Ranked);

    private static int? FirstExpected(RelevanceQuery query, IReadOnlyList<string> ranked)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (query.Expected.Contains(ranked[i], StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
