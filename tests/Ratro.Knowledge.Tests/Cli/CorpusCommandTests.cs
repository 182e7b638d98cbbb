using System.Text.Json;
using Ratro.Knowledge.Tests.Corpus.Rendering;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

public sealed class CorpusCommandTests
{
    [Fact]
    public async Task Render_writes_the_requested_renditions_of_the_listed_files()
    {
        using var folder = new TempDirectory();
        var (code, output, error) = await CliRunner.RunAsync(
            "corpus", "render", "--files", RenderingSamples.Path(RenderingSamples.RussianLaw), RenderingSamples.Path(RenderingSamples.EnglishRequirements),
            "--out", folder.Path, "--format", "pdf", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("path").GetString())).Order(StringComparer.Ordinal);
        Assert.Equal(["en_requirements.pdf", "ru_law.pdf"], files);
        Assert.Equal(["en_requirements.pdf", "ru_law.pdf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Render_reads_the_documents_a_manifest_names()
    {
        using var corpus = new TempDirectory();
        corpus.Write(Path.Combine("documents", "ru_law.md"), await File.ReadAllBytesAsync(RenderingSamples.Path(RenderingSamples.RussianLaw), TestContext.Current.CancellationToken));
        corpus.Write("manifest.json", """{ "documents": [ { "path": "documents", "pattern": "*.md" } ] }""");
        var output = corpus.File("out");

        var (code, _, error) = await CliRunner.RunAsync("corpus", "render", "--manifest", corpus.File("manifest.json"), "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(["ru_law.docx", "ru_law.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Render_rejects_an_unknown_format_with_a_message()
    {
        using var folder = new TempDirectory();
        var (code, _, error) = await CliRunner.RunAsync("corpus", "render", "--files", RenderingSamples.Path(RenderingSamples.RussianLaw), "--out", folder.Path, "--format", "odt");

        Assert.Equal(1, code);
        Assert.Contains("--format is 'odt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_writes_the_documents_and_reports_counts()
    {
        using var folder = new TempDirectory();
        var (code, output, error) = await CliRunner.RunAsync("corpus", "synth", "--count", "12", "--out", folder.Path, "--seed", "3", "--pdf-share", "0", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(12, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(12, json.RootElement.GetProperty("markdownFiles").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("clauses").GetInt64(), 12 * 20, 12 * 80);
        Assert.Equal(12, Directory.GetFiles(folder.Path, "*.md").Length);
    }

    [Fact]
    public async Task Synth_refuses_the_corpus_folder()
    {
        using var repository = new TempDirectory();
        repository.Write(Path.Combine("corpus", "manifest.json"), "{}");

        var (code, _, error) = await CliRunner.RunAsync("corpus", "synth", "--count", "2", "--out", repository.File("corpus"));

        Assert.Equal(1, code);
        Assert.Contains("never be written into the real corpus", error, StringComparison.Ordinal);
    }

}
