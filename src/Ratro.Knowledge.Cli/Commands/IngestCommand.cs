using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Ingestion;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro ingest FILE-OR-FOLDER...`: one result per file; a failed file does not stop the batch.</summary>
internal static class IngestCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files or folders (searched recursively) to ingest: PDF, DOCX, Markdown, text.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> Access = new("--access")
    {
        Description = "Access level to give the documents instead of the one their metadata states: public, members, restricted.",
    };

    public static Command Create()
    {
        var command = new Command("ingest", "Ingest documents into the store and the index.") { Paths, Access };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var access = parse.GetValue(Access) is { } text ? Documents.EnumNames.Parse<Documents.AccessLevel>(text) : (Documents.AccessLevel?)null;
        var requests = InputFiles.Expand(parse.GetValue(Paths)!).Select(r => r with { Access = access }).ToList();
        var pipeline = session.Get<IngestionPipeline>();
        var results = new List<IngestionResult>();
        if (session.Json)
        {
            await foreach (var result in pipeline.IngestAllAsync(requests, cancellationToken))
            {
                results.Add(result);
            }

            await CliJson.WriteAsync(session.Out, new { results, summary = IngestionSummary.Of(results) });
        }
        else
        {
            await IngestionReport.RunAsync(session.Console, pipeline, requests, results, cancellationToken);
        }

        return results.Any(r => r.Status is IngestionStatus.Failed or IngestionStatus.NeedsOcr) ? CliAction.Failure : 0;
    }
}
