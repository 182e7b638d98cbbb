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

        var table = new Table().AddColumns("File", "Status", "Designation", "Pages", "Clauses", "Relations");
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape(r.File),
                Markup.Escape(Status(r.Status)),
                Markup.Escape(r.Designation ?? ""),
                r.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Clauses.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Relations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        foreach (var r in results.Where(r => r.Error is not null || r.Warnings.Count > 0 || r.ReviewFlags.Count > 0))
        {
            var notes = r.Error is not null ? [r.Error] : r.Warnings.Concat(r.ReviewFlags.Select(f => $"review {f.Field}: {f.Reason}"));
            foreach (var note in notes)
            {
                console.Profile.Out.Writer.WriteLine($"{r.File}: {note}");
            }
        }

        console.WriteLine(IngestionSummary.Of(results).ToString());
    }

    private static string Status(IngestionStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
