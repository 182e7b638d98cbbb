namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// Chooses the refusal threshold from results of a run that refused nothing for low confidence (MinConfidence 0).
/// At a threshold t a question is refused when its answer was refused anyway (a missing clause, nothing retrieved) or
/// its confidence is below t. The outcome at t is balanced across the two classes:
/// ½ × (share of must-refuse questions refused) + ½ × (share of answerable questions answered correctly, i.e. an
/// expected document among the first five citations and the expected fact present). The threshold is the middle of
/// the widest run of candidate thresholds (midpoints between observed confidences) that reaches the best outcome.
/// </summary>
public static class ThresholdCalibrator
{
    public static CalibrationResult Calibrate(IReadOnlyList<QuestionResult> results)
    {
        var (threshold, outcome) = Best(results);
        var folds = new[] { 0, 1 }.Select(f =>
        {
            var train = results.Where((_, i) => i % 2 != f).ToList();
            var test = results.Where((_, i) => i % 2 == f).ToList();
            var (t, _) = Best(train);
            return (Threshold: t, Outcome: Outcome(test, t).Balanced);
        }).ToList();
        var at = Outcome(results, threshold);
        return new CalibrationResult(
            Math.Round(threshold, 4), Math.Round(outcome, 4), Math.Round(at.RefusalRecall, 4), Math.Round(at.AnswerableCorrect, 4),
            Math.Round(folds.Average(f => f.Outcome), 4), folds.Select(f => Math.Round(f.Threshold, 4)).ToList());
    }

    public static (double Balanced, double RefusalRecall, double AnswerableCorrect) Outcome(IReadOnlyList<QuestionResult> results, double threshold)
    {
        var refuse = results.Where(r => !r.Question.Answerable).ToList();
        var answer = results.Where(r => r.Question.Answerable).ToList();
        var refusalRecall = refuse.Count == 0 ? 1 : (double)refuse.Count(r => Refused(r, threshold)) / refuse.Count;
        var correct = answer.Count == 0 ? 1 : (double)answer.Count(r => !Refused(r, threshold) && r.Rank is <= 5 && r.FactFound != false) / answer.Count;
        return ((refusalRecall + correct) / 2, refusalRecall, correct);
    }

    private static bool Refused(QuestionResult result, double threshold) => result.Refused || result.Confidence < threshold;

    private static (double Threshold, double Outcome) Best(IReadOnlyList<QuestionResult> results)
    {
        var confidences = results.Select(r => r.Confidence).Append(0).Append(1).Distinct().Order().ToList();
        var candidates = confidences.Zip(confidences.Skip(1), (a, b) => (a + b) / 2).ToList();
        if (candidates.Count == 0)
        {
            return (0.5, Outcome(results, 0.5).Balanced);
        }

        var scored = candidates.Select(t => (Threshold: t, Outcome: Math.Round(Outcome(results, t).Balanced, 9))).ToList();
        var best = scored.Max(s => s.Outcome);
        var runs = new List<List<double>>();
        foreach (var (t, o) in scored)
        {
            if (o != best)
            {
                runs.Add([]);
                continue;
            }

            if (runs.Count == 0 || runs[^1].Count == 0)
            {
                runs.Add([]);
            }

            runs[^1].Add(t);
        }

        var widest = runs.Where(r => r.Count > 0).OrderByDescending(r => r[^1] - r[0]).ThenByDescending(r => r.Count).First();
        return ((widest[0] + widest[^1]) / 2, best);
    }
}
