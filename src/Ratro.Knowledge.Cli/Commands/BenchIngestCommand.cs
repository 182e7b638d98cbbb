using System.CommandLine;
using System.Globalization;
using Ratro.Knowledge.Cli.Benchmarks;
using Ratro.Knowledge.Cli.Output;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro bench ingest FOLDER [--json]`: every PDF of the folder extracted by pdftotext and then fully ingested
/// into a fresh temporary store, timed over the set; reports both, the ratio and the memory taken.
/// </summary>
internal static class BenchIngestCommand
{
    private static readonly Argument<string> Folder = new("folder") { Description = "Folder whose PDF files (top level) to measure." };

    public static Command Create()
    {
        var command = new Command("ingest", "Time full ingestion of a folder's PDFs against pdftotext extracting the same files.") { Folder };
        CliAction.Set(command, RunAsync, needsStore: false);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(parse.GetValue(Folder)!);
        if (!Directory.Exists(folder))
        {
            throw new CliException($"'{folder}' is not a folder.");
        }

        var files = Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new CliException($"'{folder}' holds no PDF files.");
        }

        foreach (var file in files)
        {
            await File.ReadAllBytesAsync(file, cancellationToken);
        }

        var pdftotext = await PdftotextBaseline.RunAsync(files, cancellationToken);
        var ingest = await IngestRun.RunAsync(parse, files, cancellationToken);
        var report = new IngestBenchReport(folder, pdftotext with { Pages = ingest.Run.Pages }, ingest);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, report.ToJson());
        }
        else
        {
            Print(session.Console, report);
        }

        return ingest.Failed > 0 ? CliAction.Failure : 0;
    }

    private static void Print(IAnsiConsole console, IngestBenchReport report)
    {
        var table = new Table().AddColumns("", "Wall s", "CPU s", "Pages/s", "ms/page", "Peak memory MB");
        foreach (var run in new[] { report.Pdftotext, report.Ingest.Run })
        {
            table.AddRow(
                run.Tool,
                Number(run.WallSeconds, "F2"),
                run.CpuSeconds is { } cpu ? Number(cpu, "F2") : "?",
                Number(run.PagesPerSecond, "F0"),
                Number(run.MillisecondsPerPage, "F2"),
                run.PeakMemoryBytes is { } bytes ? Number(bytes / 1048576.0, "F0") : "?");
        }

        console.Write(table);
        var cpuRatio = report.CpuRatio is { } r ? Number(r, "F2") : "?";
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Ingest.Run.Files} files, {report.Ingest.Run.Pages} pages, {Environment.ProcessorCount} processors; ingest/pdftotext: wall {report.WallRatio:F2}×, CPU {cpuRatio}× (target ≤ {IngestBenchReport.Target:F1}× wall: {(report.MeetsTarget ? "met" : "not met")})"));
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"managed heap peak {report.Ingest.ManagedHeapPeakBytes / 1048576.0:F0} MB, allocated {report.Ingest.AllocatedBytes / 1048576.0:F0} MB, {report.Ingest.Failed} file(s) failed"));
        console.WriteLine("steps (wall/CPU s): " + string.Join(", ", report.Ingest.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Wall.TotalSeconds:F2}/{s.Cpu.TotalSeconds:F2}"))));
        if (LoadAverage.Read() is { } load)
        {
            console.WriteLine($"load average (1, 5, 15 min) at the end: {load}");
        }
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
