using System.Diagnostics;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders.Pdf;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// Our side: <see cref="PdfDecoder"/> reading every file (already in memory) one after the other, with the
/// default settings ingestion uses (pages read by one worker per processor on long files). Only decoding is
/// timed: structuring, storing and indexing come after it in ingestion and have no counterpart in pdftotext.
/// </summary>
internal static class DecodeRun
{
    public const string Tool = "ratro PDF decoder";

    public static RunMeasure Run(IReadOnlyList<BenchFile> files, CancellationToken cancellationToken)
    {
        var decoder = new PdfDecoder(new IngestionOptions());
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var pages = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            pages += decoder.Decode(file.Content, file.Name, cancellationToken).PageCount;
        }

        clock.Stop();
        process.Refresh();
        return new RunMeasure(Tool, files.Count, pages, files.Sum(f => (long)f.Content.Length), clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
