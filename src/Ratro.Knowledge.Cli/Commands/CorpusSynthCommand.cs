using System.CommandLine;
using System.Globalization;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Corpus.Synthesis;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro corpus synth --count N --out DIR [--seed S] [--pdf-share 0.05]`: a synthetic scale corpus for benchmarks.</summary>
internal static class CorpusSynthCommand
{
    private static readonly Option<int> Count = new("--count") { Description = "Number of documents to generate.", Required = true };

    private static readonly Option<string> Out = new("--out") { Description = "Folder to write into (never inside corpus/).", Required = true };

    private static readonly Option<int> Seed = new("--seed") { Description = "Seed; the same seed gives the same documents.", DefaultValueFactory = _ => 1 };

    private static readonly Option<double> PdfShare = new("--pdf-share")
    {
        Description = "Share of documents written as rendered PDF instead of Markdown (0–1).",
        DefaultValueFactory = _ => 0.05,
    };

    public static Command Create()
    {
        var command = new Command("synth", "Generate synthetic corpus documents (marked synthetic) for benchmarks.") { Count, Out, Seed, PdfShare };
        CliAction.Set(command, RunAsync, needsStore: false);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new SynthesisOptions
        {
            Count = parse.GetValue(Count),
            OutputDirectory = parse.GetValue(Out)!,
            Seed = parse.GetValue(Seed),
            PdfShare = parse.GetValue(PdfShare),
        };
        var summary = await SyntheticCorpusWriter.WriteAsync(options, cancellationToken);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new
            {
                summary.Documents,
                summary.MarkdownFiles,
                summary.PdfFiles,
                summary.Clauses,
                summary.Bytes,
                seconds = summary.Elapsed.TotalSeconds,
                documentsPerSecond = summary.DocumentsPerSecond,
            });
            return 0;
        }

        session.Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Documents} documents ({summary.MarkdownFiles} Markdown, {summary.PdfFiles} PDF), {summary.Clauses} clauses, {summary.Megabytes:F1} MB in {summary.Elapsed.TotalSeconds:F1} s ({summary.DocumentsPerSecond:F0} documents/s) → {options.OutputDirectory}"));
        return 0;
    }
}
