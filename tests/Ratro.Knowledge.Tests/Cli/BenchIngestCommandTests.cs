using System.Text.Json;
using Ratro.Knowledge.Tests.Corpus.Renditions;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

/// <summary>`ratro bench ingest`: pdftotext, our PDF decoder and our full ingestion timed on the same files, medians, ratios and peak memory.</summary>
public sealed class BenchIngestCommandTests
{
    private static readonly string[] Renditions = ["aapm_tg_142.pdf", "iaea_trs_398.pdf"];

    [Fact]
    public async Task Bench_ingest_times_pdftotext_the_decoder_and_full_ingestion_on_the_same_pdf_files()
    {
        if (!PdfTextPages.Available)
        {
            Assert.Skip("pdftotext (Debian poppler-utils) is not installed; the benchmark compares against it");
        }

        using var folder = new TempDirectory();
        foreach (var name in Renditions)
        {
            File.Copy(RenditionFiles.File(name), folder.File(name));
        }

        folder.Write("notes.md", "# Not a PDF: left out of the benchmark\n");
        var run = await CliRunner.RunAsync("bench", "ingest", folder.Path, "--rounds", "3", "--json");

        Assert.True(run.Code == 0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        var pages = Renditions.Sum(n => (int)RenditionGolden.Read(RenditionFiles.Golden(n))!["pages"]!);
        var bytes = Renditions.Sum(n => new FileInfo(RenditionFiles.File(n)).Length);
        Assert.Equal((2, pages, bytes, 3), (json.GetProperty("files").GetInt32(), json.GetProperty("pages").GetInt32(), json.GetProperty("bytes").GetInt64(), json.GetProperty("rounds").GetInt32()));
        var decoder = json.GetProperty("decoder");
        var pdftotext = json.GetProperty("pdftotext");
        var ingest = json.GetProperty("ingest");
        foreach (var side in new[] { decoder, pdftotext, ingest })
        {
            var rounds = side.GetProperty("roundsWallSeconds").EnumerateArray().Select(r => r.GetDouble()).Order().ToList();
            var wall = side.GetProperty("wallSeconds").GetDouble();
            Assert.Equal(3, rounds.Count);
            Assert.Equal(rounds[1], wall);
            Assert.Equal(pages / wall, side.GetProperty("pagesPerSecond").GetDouble(), 6);
            Assert.Equal(bytes / 1048576.0 / wall, side.GetProperty("megabytesPerSecond").GetDouble(), 6);
        }

        var ratio = json.GetProperty("ratio").GetProperty("wall").GetDouble();
        Assert.Equal(decoder.GetProperty("wallSeconds").GetDouble() / pdftotext.GetProperty("wallSeconds").GetDouble(), ratio, 6);
        var ingestRatio = json.GetProperty("ingestRatio").GetProperty("wall").GetDouble();
        Assert.Equal(ingest.GetProperty("wallSeconds").GetDouble() / pdftotext.GetProperty("wallSeconds").GetDouble(), ingestRatio, 6);
        Assert.Equal(ingestRatio <= 2.0, json.GetProperty("meetsTarget").GetBoolean());
        Assert.True(json.GetProperty("peakWorkingSetBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Bench_ingest_refuses_a_folder_without_pdf_files()
    {
        using var folder = new TempDirectory();
        folder.Write("notes.md", "# Nothing to measure\n");

        var run = await CliRunner.RunAsync("bench", "ingest", folder.Path);

        Assert.Equal(1, run.Code);
        Assert.Contains("holds no PDF files", run.Error, StringComparison.Ordinal);
    }
}
