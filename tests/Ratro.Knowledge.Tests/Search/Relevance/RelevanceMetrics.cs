namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>
/// Ranking quality over a set of queries: recall@k is the share of queries with an expected document among the first
/// k results; MRR the mean of 1/rank of the first expected document (0 when it was not returned at all).
/// </summary>
public sealed record RelevanceMetrics(int Queries, double RecallAt1, double RecallAt5, double Mrr)
{
    public static RelevanceMetrics Of(IReadOnlyCollection<QueryOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            throw new ArgumentException("no outcomes to measure", nameof(outcomes));
        }

        return new RelevanceMetrics(
            outcomes.Count,
            Share(outcomes, o => o.Rank == 1),
            Share(outcomes, o => o.Rank is <= 5),
            Math.Round(outcomes.Average(o => o.Rank is { } rank ? 1.0 / rank : 0), 4));
    }

    public override string ToString() =>
        FormattableString.Invariant($"n={Queries} recall@1={RecallAt1:0.000} recall@5={RecallAt5:0.000} MRR={Mrr:0.000}");

    private static double Share(IReadOnlyCollection<QueryOutcome> outcomes, Func<QueryOutcome, bool> good) =>
        Math.Round((double)outcomes.Count(good) / outcomes.Count, 4);
}
