using System.CommandLine;
using System.Globalization;
using Ratro.Knowledge.Cli.Benchmarks;
using Ratro.Knowledge.Cli.Output;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro bench ingest FOLDER [--rounds N] [--json]`: every PDF of the folder extracted by pdftotext, decoded by our
/// PDF decoder and fully ingested into a fresh store, in alternating rounds after one untimed pass of each; reports
/// the median round of each (pages/s, MB/s), the ratios of the times, peak memory and the load average.
/// </summary>
internal static class BenchIngestCommand
{
    private static readonly Argument<string> Folder = new("folder") { Description = "Folder whose PDF files (top level) to measure." };

    private static readonly Option<int> Rounds = new("--rounds") { Description = "Timed rounds of each side (default 5; the median is reported).", DefaultValueFactory = _ => 5 };

    public static Command Create()
    {
        var command = new Command("ingest", "Time our full ingestion and our PDF decoder against pdftotext on the same files.") { Folder, Rounds };
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

        var paths = Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            throw new CliException($"'{folder}' holds no PDF files.");
        }

        var files = new List<BenchFile>(paths.Count);
        foreach (var path in paths)
        {
            files.Add(await BenchFile.ReadAsync(path, cancellationToken));
        }

        await PdftotextBaseline.RunAsync(files, cancellationToken);
        var pages = DecodeRun.Run(files, cancellationToken).Pages;
        await FullIngestRun.RunAsync(files, cancellationToken);
        var pdftotext = new List<RunMeasure>();
        var decoder = new List<RunMeasure>();
        var ingest = new List<RunMeasure>();
        for (var round = 0; round < Math.Max(1, parse.GetValue(Rounds)); round++)
        {
            pdftotext.Add(await PdftotextBaseline.RunAsync(files, cancellationToken) with { Pages = pages });
            decoder.Add(DecodeRun.Run(files, cancellationToken));
            ingest.Add(await FullIngestRun.RunAsync(files, cancellationToken));
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var report = new IngestBenchReport(folder, pdftotext, decoder, ingest, process.PeakWorkingSet64);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, report.ToJson());
        }
        else
        {
            Print(session.Console, report);
        }

        return 0;
    }

    private static void Print(IAnsiConsole console, IngestBenchReport report)
    {
        var table = new Table().AddColumns("", "Wall s", "CPU s", "Pages/s", "MB/s", "ms/page", "Rounds (wall s)");
        foreach (var (median, rounds) in new[] { (report.PdftotextMedian, report.Pdftotext), (report.DecoderMedian, report.Decoder), (report.IngestMedian, report.Ingest) })
        {
            table.AddRow(
                median.Tool,
                Number(median.WallSeconds, "F3"),
                median.CpuSeconds is { } cpu ? Number(cpu, "F3") : "?",
                Number(median.PagesPerSecond, "F0"),
                Number(median.MegabytesPerSecond, "F2"),
                Number(median.MillisecondsPerPage, "F2"),
                string.Join(" ", rounds.Select(r => Number(r.WallSeconds, "F3"))));
        }

        console.Write(table);
        var decoder = report.DecoderMedian;
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{decoder.Files} files, {decoder.Pages} pages, {decoder.Bytes / 1048576.0:F2} MB, {Environment.ProcessorCount} processors, peak working set {report.PeakWorkingSetBytes / 1048576.0:F0} MB"));
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"decoder/pdftotext (medians): wall {report.WallRatio:F2}×, CPU {Ratio(report.CpuRatio)}×; full ingest/pdftotext: wall {report.IngestWallRatio:F2}×, CPU {Ratio(report.IngestCpuRatio)}× (target ≤ {IngestBenchReport.Target:F1}× wall: {(report.MeetsTarget ? "met" : "not met")})"));
        if (LoadAverage.Read() is { } load)
        {
            console.WriteLine($"load average (1, 5, 15 min) at the end: {load}");
        }
    }

    private static string Ratio(double? ratio) => ratio is { } r ? Number(r, "F2") : "?";

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
