using Ratro.Knowledge.Ingestion;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>Ingestion for people: a progress bar on a terminal, then a table of results.</summary>
internal static class IngestionReport
{
    public static async Task RunAsync(
        IAnsiConsole console, IngestionPipeline pipeline, IReadOnlyList<IngestionRequest> requests, List<IngestionResult> results, CancellationToken cancellationToken)
    {
        if (console.Profile.Capabilities.Interactive && requests.Count > 1)
        {
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Ingesting", maxValue: requests.Count);
                await foreach (var result in pipeline.IngestAllAsync(requests, cancellationToken))
                {
                    results.Add(result);
                    task.Increment(1);
                }
            });
        }
        else
        {
            await foreach (var result in pipeline.IngestAllAsync(requests, cancellationToken))
            {
                results.Add(result);
            }
        }

        var table = new Table().AddColumns("File", "Status", "Designation", "Pages", "Clauses", "Error");
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape(r.File),
                Markup.Escape(Status(r.Status)),
                Markup.Escape(r.Designation ?? ""),
                r.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Clauses.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(r.Error ?? string.Join("; ", r.Warnings)));
        }

        console.Write(table);
        console.WriteLine(IngestionSummary.Of(results).ToString());
    }

    private static string Status(IngestionStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
