using System.CommandLine;
using System.Globalization;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.References;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro bench refs [--corpus DIR] [--realdocs DIR] [--sample FILE]`: precision and recall of reference extraction on the
/// annotated sample, and its speed over the corpus text, timed twice (the first run of a process still tiers up code).
/// </summary>
internal static class BenchRefsCommand
{
    private static readonly Option<string?> Corpus = new("--corpus") { Description = "Folder of Markdown documents to time extraction on (default: corpus/documents of the checkout)." };

    private static readonly Option<string?> RealDocs = new("--realdocs") { Description = "Folder of real Word documents added to the timed text (default: shared/realdocs beside the checkout, when present)." };

    private static readonly Option<string?> Sample = new("--sample") { Description = "Annotated sample for precision and recall (default: the test suite's reference-sample.tsv)." };

    public static Command Create()
    {
        var command = new Command("refs", "Reference extraction: precision/recall on the annotated sample and MB/s over the corpus.") { Corpus, RealDocs, Sample };
        CliAction.Set(command, RunAsync, needsStore: false);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var sample = parse.GetValue(Sample) ?? RepositoryFolders.Require("--sample", "tests", "Ratro.Knowledge.Tests", "References", "reference-sample.tsv");
        var corpus = parse.GetValue(Corpus) ?? RepositoryFolders.Require("--corpus", "corpus", "documents");
        var realDocs = parse.GetValue(RealDocs) ?? (RepositoryFolders.Root() is { } root ? Path.Combine(root, "..", "shared", "realdocs") : null);
        if (!File.Exists(sample))
        {
            throw new CliException($"the sample '{sample}' does not exist.");
        }

        if (!Directory.Exists(corpus))
        {
            throw new CliException($"the corpus folder '{corpus}' does not exist.");
        }

        var score = ExtractionEvaluation.EvaluateFile(sample, cancellationToken);
        var texts = await BenchmarkTexts.LoadAsync(corpus, realDocs, cancellationToken);
        var bodies = texts.Select(t => t.Text).ToList();
        var runs = new[] { ExtractionThroughput.Measure(bodies, cancellationToken), ExtractionThroughput.Measure(bodies, cancellationToken) };
        var report = BenchRefsJson.From(score, texts, runs);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, report);
            return 0;
        }

        var c = CultureInfo.InvariantCulture;
        session.Console.WriteLine(string.Create(c, $"sample: {score.Sentences} sentences, {score.ExpectedUnits} expected units, {score.FoundUnits} found, {score.MatchedUnits} matched"));
        session.Console.WriteLine(string.Create(c, $"precision {score.Precision:0.000}, recall {score.Recall:0.000}, F1 {score.F1:0.000}"));
        session.Console.WriteLine(string.Create(c, $"text: {report.Corpus.Markdown} Markdown + {report.Corpus.Word} Word documents, {report.Corpus.Megabytes:0.00} MB"));
        foreach (var run in report.Throughput)
        {
            session.Console.WriteLine(string.Create(c, $"run {run.Run}: {run.MegabytesPerSecond:0.0} MB/s ({run.Milliseconds:0} ms, {run.References} references)"));
        }

        return 0;
    }
}
