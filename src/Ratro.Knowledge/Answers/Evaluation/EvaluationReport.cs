namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// An evaluation run: the threshold it ran with, overall metrics, metrics per question language (ru, en), for
/// cross-lingual questions (no expected document is in the question's language), per kind, and every question's result.
/// </summary>
public sealed record EvaluationReport(
    double MinConfidence,
    MetricSet Overall,
    IReadOnlyDictionary<string, MetricSet> ByLanguage,
    MetricSet CrossLingual,
    IReadOnlyDictionary<string, MetricSet> ByKind,
    IReadOnlyList<QuestionResult> Results)
{
    public static EvaluationReport Of(double minConfidence, IReadOnlyList<QuestionResult> results) => new(
        minConfidence,
        MetricSet.Of(results),
        results.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => MetricSet.Of(g.ToList())),
        MetricSet.Of(results.Where(r => r.CrossLingual).ToList()),
        results.GroupBy(r => r.Question.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => MetricSet.Of(g.ToList())),
        results);
}
