using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Answers.Evaluation;
using Ratro.Knowledge.Cli.Output;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro eval QUESTIONS.tsv`: runs evaluation questions through the extractive answerer and reports recall@1,
/// recall@5, MRR, citation precision, fact accuracy and refusal precision/recall, overall, per language, for
/// cross-lingual questions and per kind, with every question's result (--json) or the failures (text).
/// --calibrate first runs without the refusal threshold and chooses it (see <see cref="ThresholdCalibrator"/>).
/// </summary>
internal static class EvalCommand
{
    private static readonly Argument<string> Questions = new("questions") { Description = "Evaluation TSV: question, expected_document, expected_fact, kind." };
    private static readonly Option<string?> Access = AccessOption.Create();
    private static readonly Option<bool> Calibrate = new("--calibrate") { Description = "Choose the refusal threshold on these questions, then evaluate with it." };

    public static Command Create()
    {
        var command = new Command("eval", "Evaluate answers against a question set.") { Questions, Access, Calibrate };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(parse.GetValue(Questions)!);
        var questions = File.Exists(path) ? EvaluationSet.Load(path) : throw new CliException($"no question file '{path}'.");
        var access = AccessOption.Parse(parse.GetValue(Access));
        var evaluator = session.Get<AnswerEvaluator>();
        CalibrationResult? calibration = null;
        var threshold = session.Get<IOptions<AnswerOptions>>().Value.MinConfidence;
        if (parse.GetValue(Calibrate))
        {
            calibration = ThresholdCalibrator.Calibrate(await evaluator.RunAsync(questions, access, 0, cancellationToken));
            threshold = calibration.Threshold;
        }

        var report = EvaluationReport.Of(threshold, await evaluator.RunAsync(questions, access, threshold, cancellationToken));
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new { questions = path, calibration, report });
            return 0;
        }

        Write(session, report, calibration);
        return 0;
    }

    private static void Write(CliSession session, EvaluationReport report, CalibrationResult? calibration)
    {
        var table = new Table().AddColumns("set", "n", "R@1", "R@5", "MRR", "cit. prec.", "fact", "refusal P", "refusal R", "passed");
        void Row(string name, MetricSet m) => table.AddRow(
            name, m.Questions.ToString(CultureInfo.InvariantCulture), F(m.RecallAt1), F(m.RecallAt5), F(m.Mrr), F(m.CitationPrecision),
            F(m.FactAccuracy), F(m.RefusalPrecision), F(m.RefusalRecall), m.Passed.ToString(CultureInfo.InvariantCulture));
        Row("all", report.Overall);
        foreach (var (language, metrics) in report.ByLanguage)
        {
            Row($"lang {language}", metrics);
        }

        Row("cross-lingual", report.CrossLingual);
        foreach (var (kind, metrics) in report.ByKind)
        {
            Row($"kind {kind}", metrics);
        }

        session.Console.Write(table);
        if (calibration is not null)
        {
            session.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"calibrated threshold {calibration.Threshold:0.0000}: balanced outcome {calibration.BalancedOutcome:0.000}, two-fold cross-validated {calibration.CrossValidatedOutcome:0.000} (fold thresholds {string.Join(", ", calibration.FoldThresholds)})"));
        }

        session.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {report.MinConfidence:0.0000}; failures:"));
        foreach (var result in report.Results.Where(r => !r.Passed || r.Citations.Any(c => !c.Correct)))
        {
            var expected = result.Question.Answerable ? string.Join("; ", result.Question.ExpectedDocuments) : "(refuse)";
            session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- line {result.Question.Line} [{result.Question.Kind}] {result.Question.Question}\n    expected {expected}; got {(result.Refused ? "refusal" : string.Join("; ", result.Ranked))} (rank {result.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"}, fact {(result.FactFound is null ? "-" : result.FactFound.Value ? "yes" : "no")}, confidence {result.Confidence:0.000})\n    {result.Text}"));
        }
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
