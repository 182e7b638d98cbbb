using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Answers.Evaluation;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>
/// The evaluation questions (questions.tsv beside this file) answered on the seeded corpus: the quality floors, and
/// the configured refusal threshold being the one calibration chooses on these questions.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class EvaluationFloorTests(SeededCorpus corpus)
{
    private static IReadOnlyList<EvaluationQuestion> Questions => EvaluationSet.Load(TestData.Path("Answers", "questions.tsv"));

    [Fact]
    public void The_question_set_covers_both_languages_every_kind_and_enough_unanswerable_questions()
    {
        var questions = Questions;

        Assert.True(questions.Count >= 90, $"{questions.Count} questions");
        Assert.True(questions.Count(q => !q.Answerable) >= 18, $"{questions.Count(q => !q.Answerable)} unanswerable questions");
        foreach (var kind in new[] { "factual", "which-document", "status", "cross-reference", "comparison", "cross-lingual", "unanswerable" })
        {
            Assert.Contains(questions, q => q.Kind == kind);
        }

        Assert.All(questions.Where(q => q.Kind == "unanswerable"), q => Assert.False(q.Answerable));
        Assert.Contains(questions, q => Ratro.Knowledge.Answers.Questions.QuestionLanguage.Detect(q.Question) == "ru");
        Assert.Contains(questions, q => Ratro.Knowledge.Answers.Questions.QuestionLanguage.Detect(q.Question) == "en");
    }

    [Fact]
    public async Task Answers_reach_the_quality_floors()
    {
        var results = await corpus.Services.Get<AnswerEvaluator>().RunAsync(Questions, AccessLevel.Public, null, TestContext.Current.CancellationToken, parallelism: 2);
        var report = EvaluationReport.Of(AnswerCalibration.MinConfidence, results);
        var failures = string.Join("\n", results.Where(r => !r.Passed).Select(r => $"line {r.Question.Line}: {r.Question.Question} → {r.Text}"));

        Assert.True(report.Overall.RecallAt5 >= 0.9, $"recall@5 {report.Overall.RecallAt5}\n{failures}");
        Assert.True(report.Overall.Mrr >= 0.8, $"MRR {report.Overall.Mrr}\n{failures}");
        Assert.True(report.Overall.CitationPrecision >= 0.95, $"citation precision {report.Overall.CitationPrecision}\n{failures}");
        Assert.True(report.Overall.RefusalRecall >= 0.9, $"refusal recall {report.Overall.RefusalRecall}\n{failures}");
        Assert.True(report.Overall.RefusalPrecision >= 0.9, $"refusal precision {report.Overall.RefusalPrecision}\n{failures}");
        Assert.True(report.CrossLingual.Answerable >= 10, $"{report.CrossLingual.Answerable} cross-lingual questions");
        Assert.True(report.CrossLingual.RecallAt5 >= 0.8, $"cross-lingual recall@5 {report.CrossLingual.RecallAt5}\n{failures}");
        Assert.All(report.ByLanguage.Values, m => Assert.True(m.RecallAt5 >= 0.9, $"per-language recall@5 {m.RecallAt5}"));
    }

    [Fact]
    public async Task The_configured_threshold_is_the_one_calibration_chooses_on_these_questions()
    {
        var open = await corpus.Services.Get<AnswerEvaluator>().RunAsync(Questions, AccessLevel.Public, 0, TestContext.Current.CancellationToken, parallelism: 2);

        var calibration = ThresholdCalibrator.Calibrate(open);

        Assert.Equal(AnswerCalibration.MinConfidence, calibration.Threshold, 0.02);
        Assert.True(calibration.CrossValidatedOutcome >= 0.85, $"cross-validated balanced outcome {calibration.CrossValidatedOutcome}");
    }
}
