using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro reindex`: rebuilds the search index from the store into a fresh index and swaps it in.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the store.");
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var index = session.Get<ISearchIndex>();
        var report = await index.RebuildAsync(session.Get<DocumentStore>().StreamAllWithClausesAsync(cancellationToken), cancellationToken);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new
            {
                engine = index.EngineName,
                report.Documents,
                report.Editions,
                report.Clauses,
                report.Vectors,
                seconds = Math.Round(report.Elapsed.TotalSeconds, 3),
                health = index.Health,
            });
            return 0;
        }

        session.Console.WriteLine(
            $"{index.EngineName}: {report.Documents} documents, {report.Editions} editions, {report.Clauses} clauses, {report.Vectors} vectors in {report.Elapsed.TotalSeconds:0.0} s");
        foreach (var warning in index.Health.Warnings)
        {
            session.Console.WriteLine($"warning: {warning}");
        }

        return 0;
    }
}
