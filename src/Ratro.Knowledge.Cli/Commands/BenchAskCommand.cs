using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Answers.Evaluation;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro bench ask`: extractive answer latency (p50, p95, p99) over the evaluation questions on the data directory's
/// documents, after one warm-up pass; includes the query embedding when embeddings are on.
/// </summary>
internal static class BenchAskCommand
{
    private static readonly Option<string?> Questions = new("--questions")
    {
        Description = "Evaluation TSV (default: tests/Ratro.Knowledge.Tests/Answers/questions.tsv found above the working directory).",
    };

    private static readonly Option<int> Runs = new("--runs") { Description = "Timed passes over the questions (1–50).", DefaultValueFactory = _ => 3 };

    public static Command Create()
    {
        var command = new Command("ask", "Time extractive answers over the evaluation questions.") { Questions, Runs };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(Questions) is { } given ? Path.GetFullPath(given) : DefaultQuestions();
        var runs = parse.GetValue(Runs);
        if (runs is < 1 or > 50)
        {
            throw new CliException("--runs must be 1–50.");
        }

        var questions = EvaluationSet.Load(path);
        var embeddings = session.Get<IOptions<EmbeddingOptions>>().Value.Enabled;
        var report = await session.Get<AnswerBenchmark>().RunAsync(questions, runs, embeddings, cancellationToken);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new { questions = path, runs, report });
            return 0;
        }

        await session.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{report.Answers} answers ({questions.Count} questions × {runs}), embeddings {(embeddings ? "on" : "off")}: p50 {report.P50:0.0} ms, p95 {report.P95:0.0} ms, p99 {report.P99:0.0} ms, mean {report.Mean:0.0} ms, max {report.Max:0.0} ms"));
        return 0;
    }

    private static string DefaultQuestions()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Ratro.Knowledge.Tests", "Answers", "questions.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new CliException("no tests/Ratro.Knowledge.Tests/Answers/questions.tsv above the working directory; pass --questions.");
    }
}
