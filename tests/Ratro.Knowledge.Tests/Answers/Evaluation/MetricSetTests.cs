using Ratro.Knowledge.Answers.Evaluation;

namespace Ratro.Knowledge.Tests.Answers.Evaluation;

/// <summary>The metric definitions on hand-made results.</summary>
public sealed class MetricSetTests
{
    private static QuestionResult Result(
        string[] expected, bool refused, int? rank, bool? fact = null, double confidence = 0.9, params CitationCheck[] citations) =>
        new(new EvaluationQuestion("q", expected, fact is null ? null : "f", "factual", 2), "en", false, refused, refused ? "not_found" : null,
            confidence, [], rank, fact, citations, "text", 1);

    private static CitationCheck Good => new("A", "1", true, true, false);

    [Fact]
    public void Ranks_give_recall_and_reciprocal_rank_over_answerable_questions()
    {
        var metrics = MetricSet.Of(
        [
            Result(["A"], false, 1, citations: Good),
            Result(["A"], false, 2, citations: Good),
            Result(["A"], true, 6),
            Result(["A"], false, null, citations: new CitationCheck("B", "1", true, false, false)),
            Result([], true, null),
        ]);

        Assert.Equal(0.25, metrics.RecallAt1);
        Assert.Equal(0.5, metrics.RecallAt5);
        Assert.Equal(Math.Round((1 + 0.5 + (1.0 / 6)) / 4, 4), metrics.Mrr);
        Assert.Equal(Math.Round(2.0 / 3, 4), metrics.CitationPrecision);
        Assert.Equal(3, metrics.Citations);
    }

    [Fact]
    public void A_citation_is_correct_when_its_quote_is_in_the_clause_and_it_is_expected_or_states_the_fact()
    {
        Assert.True(new CitationCheck("A", "1", true, true, false).Correct);
        Assert.True(new CitationCheck("B", "1", true, false, true).Correct);
        Assert.False(new CitationCheck("A", "1", false, true, true).Correct);
        Assert.False(new CitationCheck("B", "1", true, false, false).Correct);
    }

    [Fact]
    public void Refusing_is_the_positive_class_of_refusal_precision_and_recall()
    {
        var metrics = MetricSet.Of(
        [
            Result([], true, null),
            Result([], true, null),
            Result([], false, null),
            Result(["A"], true, 1),
            Result(["A"], false, 1, citations: Good),
        ]);

        Assert.Equal(Math.Round(2.0 / 3, 4), metrics.RefusalPrecision);
        Assert.Equal(Math.Round(2.0 / 3, 4), metrics.RefusalRecall);
    }

    [Fact]
    public void Nothing_to_measure_gives_no_number()
    {
        var metrics = MetricSet.Of([Result([], true, null)]);

        Assert.Null(metrics.RecallAt5);
        Assert.Null(metrics.CitationPrecision);
        Assert.Null(metrics.FactAccuracy);
        Assert.Equal(1, metrics.RefusalRecall);
    }

    [Fact]
    public void The_calibrated_threshold_separates_the_classes_at_the_middle_of_the_widest_gap()
    {
        var results = new List<QuestionResult>();
        foreach (var c in new[] { 0.1, 0.2, 0.3 })
        {
            results.Add(Result([], false, null, confidence: c));
        }

        foreach (var c in new[] { 0.7, 0.8, 0.9 })
        {
            results.Add(Result(["A"], false, 1, confidence: c, citations: Good));
        }

        var calibration = ThresholdCalibrator.Calibrate(results);

        Assert.Equal(0.5, calibration.Threshold, 3);
        Assert.Equal(1, calibration.BalancedOutcome);
        Assert.Equal(1, calibration.RefusalRecall);
        Assert.Equal(1, calibration.AnswerableCorrect);
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var report = LatencyReport.Of(Enumerable.Range(1, 100).Select(i => (double)i).ToList(), false);

        Assert.Equal(50, report.P50);
        Assert.Equal(95, report.P95);
        Assert.Equal(99, report.P99);
        Assert.Equal(100, report.Max);
    }
}
