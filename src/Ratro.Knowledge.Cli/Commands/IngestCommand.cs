using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro ingest FILE-OR-FOLDER... [--bulk]`: one result per file; a failed file does not stop the batch. With
/// <c>--bulk</c> the index is not updated document by document but rebuilt once from the store at the end.
/// </summary>
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

    private static readonly Option<bool> Bulk = new("--bulk")
    {
        Description = "For large batches: do not update the search index per document; rebuild it once from the store at the end.",
    };

    public static Command Create()
    {
        var command = new Command("ingest", "Ingest documents into the store and the index.") { Paths, Access, Bulk };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var access = parse.GetValue(Access) is { } text ? Documents.EnumNames.Parse<Documents.AccessLevel>(text) : (Documents.AccessLevel?)null;
        var bulk = parse.GetValue(Bulk);
        var requests = InputFiles.Expand(parse.GetValue(Paths)!).Select(r => r with { Access = access, DeferProjections = bulk }).ToList();
        var pipeline = session.Get<IngestionPipeline>();
        var results = new List<IngestionResult>();
        if (session.Json)
        {
            await foreach (var result in pipeline.IngestAllAsync(requests, cancellationToken))
            {
                results.Add(result);
            }

            var rebuild = bulk ? await RebuildAsync(session, cancellationToken) : null;
            await CliJson.WriteAsync(session.Out, new { results, summary = IngestionSummary.Of(results), rebuild });
        }
        else
        {
            await IngestionReport.RunAsync(session.Console, pipeline, requests, results, cancellationToken);
            if (bulk && await RebuildAsync(session, cancellationToken) is { } report)
            {
                session.Console.WriteLine(
                    $"index rebuilt: {report.Documents} documents, {report.Clauses} clauses, {report.Vectors} vectors in {report.Elapsed.TotalSeconds:0.0} s");
            }
        }

        return results.Any(r => r.Status is IngestionStatus.Failed or IngestionStatus.NeedsOcr) ? CliAction.Failure : 0;
    }

    private static async Task<RebuildReport?> RebuildAsync(CliSession session, CancellationToken cancellationToken) =>
        await session.Get<ISearchIndex>().RebuildAsync(session.Get<DocumentStore>().StreamAllWithClausesAsync(cancellationToken), cancellationToken);
}
