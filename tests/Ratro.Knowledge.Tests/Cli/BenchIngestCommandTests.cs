using System.Text.Json;
using Ratro.Knowledge.Tests.Corpus.Renditions;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

public sealed class BenchIngestCommandTests
{
    [Fact]
    public async Task Bench_ingest_times_pdftotext_and_the_full_ingestion_of_the_same_files()
    {
        if (!PdfTextPages.Available)
        {
            Assert.Skip("pdftotext (Debian poppler-utils) is not installed; the benchmark compares against it");
        }

        using var folder = new TempDirectory();
        foreach (var name in new[] { "aapm_tg_142.pdf", "iaea_trs_398.pdf" })
        {
            File.Copy(RenditionFiles.File(name), folder.File(name));
        }

        folder.Write("notes.md", "# Not a PDF: left out of the benchmark\n");
        var run = await CliRunner.RunAsync("bench", "ingest", folder.Path, "--json");

        Assert.True(run.Code == 0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        var expectedPages = (int)RenditionGolden.Read(RenditionFiles.Golden("aapm_tg_142.pdf"))!["pages"]! + (int)RenditionGolden.Read(RenditionFiles.Golden("iaea_trs_398.pdf"))!["pages"]!;
        Assert.Equal(2, json.GetProperty("files").GetInt32());
        Assert.Equal(expectedPages, json.GetProperty("pages").GetInt32());
        Assert.Equal(0, json.GetProperty("ingest").GetProperty("failed").GetInt32());
        Assert.True(json.GetProperty("pdftotext").GetProperty("wallSeconds").GetDouble() > 0);
        var ingest = json.GetProperty("ingest").GetProperty("run");
        Assert.True(ingest.GetProperty("wallSeconds").GetDouble() > 0);
        Assert.True(json.GetProperty("ingest").GetProperty("managedHeapPeakBytes").GetInt64() > 0);
        Assert.Equal(
            ["read", "dedupe", "decode", "structure", "metadata", "link", "store", "index"],
            json.GetProperty("ingest").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()!).ToArray());
        var ratio = json.GetProperty("ratio").GetProperty("wall").GetDouble();
        Assert.Equal(ingest.GetProperty("wallSeconds").GetDouble() / json.GetProperty("pdftotext").GetProperty("wallSeconds").GetDouble(), ratio, 6);
        Assert.Equal(ratio <= 2.0, json.GetProperty("meetsTarget").GetBoolean());
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
