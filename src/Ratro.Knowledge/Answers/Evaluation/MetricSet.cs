namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// Metrics over a set of question results (null where the set has nothing to measure):
/// <list type="bullet">
/// <item>recall@1, recall@5, MRR — over answerable questions, of the first expected document in the ranked documents
/// (the citations in order; the closest documents when the answer was refused);</item>
/// <item>citation precision — over the citations of answered answerable questions: the share that are correct
/// (<see cref="CitationCheck.Correct"/>);</item>
/// <item>fact accuracy — over answerable questions with an expected fact: the share whose answer text or quotes contain it;</item>
/// <item>refusal precision and recall — refusing is the positive class: precision = refused and should refuse / refused;
/// recall = refused and should refuse / should refuse.</item>
/// </list>
/// </summary>
public sealed record MetricSet(
    int Questions,
    int Answerable,
    int Unanswerable,
    double? RecallAt1,
    double? RecallAt5,
    double? Mrr,
    double? CitationPrecision,
    int Citations,
    double? FactAccuracy,
    double? RefusalPrecision,
    double? RefusalRecall,
    int Passed)
{
    public static MetricSet Of(IReadOnlyList<QuestionResult> results)
    {
        var answerable = results.Where(r => r.Question.Answerable).ToList();
        var unanswerable = results.Where(r => !r.Question.Answerable).ToList();
        var citations = answerable.Where(r => !r.Refused).SelectMany(r => r.Citations).ToList();
        var withFact = answerable.Where(r => r.FactFound is not null).ToList();
        var refused = results.Where(r => r.Refused).ToList();
        return new MetricSet(
            results.Count,
            answerable.Count,
            unanswerable.Count,
            Share(answerable, r => r.Rank == 1),
            Share(answerable, r => r.Rank is <= 5),
            answerable.Count == 0 ? null : Round(answerable.Average(r => r.Rank is { } rank ? 1.0 / rank : 0)),
            Share(citations, c => c.Correct),
            citations.Count,
            Share(withFact, r => r.FactFound == true),
            Share(refused, r => !r.Question.Answerable),
            Share(unanswerable, r => r.Refused),
            results.Count(r => r.Passed));
    }

    private static double? Share<T>(IReadOnlyCollection<T> items, Func<T, bool> good) =>
        items.Count == 0 ? null : Round((double)items.Count(good) / items.Count);

    private static double Round(double value) => Math.Round(value, 4);
}
