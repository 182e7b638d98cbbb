using System.CommandLine;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Corpus;
using Ratro.Knowledge.Corpus.Seeding;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro seed`: load the corpus manifest into the data directory; a second run changes nothing.</summary>
internal static class SeedCommand
{
    private static readonly Option<string?> Manifest = new("--manifest") { Description = "Corpus manifest (default: corpus/manifest.json found above the working directory)." };

    public static Command Create()
    {
        var command = new Command("seed", "Load the corpus (documents, glossary) that a fresh installation holds.") { Manifest };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var options = session.Get<IOptions<CorpusOptions>>().Value;
        var manifest = parse.GetValue(Manifest) is { } path ? Path.GetFullPath(path) : options.ResolveManifest();
        var report = await session.Get<CorpusSeeder>().SeedAsync(manifest, cancellationToken);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new
            {
                manifest,
                changed = report.Changed,
                unchanged = report.Unchanged,
                failed = report.Failed,
                glossaryTerms = report.GlossaryTerms,
                seconds = Math.Round(report.Elapsed.TotalSeconds, 2),
                results = report.Results,
            });
        }
        else
        {
            foreach (var failed in report.Results.Where(r => r.Error is not null))
            {
                await session.Out.WriteLineAsync($"{failed.File}: {failed.Error}");
            }

            await session.Out.WriteLineAsync(
                $"Seeded {report.Results.Count} documents from {manifest} in {report.Elapsed.TotalSeconds:0.0} s: {report.Changed} changed, {report.Unchanged} unchanged, {report.Failed} failed.");
        }

        return report.Failed > 0 ? CliAction.Failure : 0;
    }
}
