using System.Text.Json;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

/// <summary>`ratro ingest`, `list` and `show`: one result per file, one JSON document with --json, one error line on stderr.</summary>
public sealed class IngestCommandTests
{
    private const string Guideline = """
        ---
        designation: "МУ 2.6.1.3015-12"
        title_ru: "Организация и проведение индивидуального дозиметрического контроля"
        type: methodical_guideline
        issuer: "Роспотребнадзор"
        jurisdiction: RU
        language: ru
        status: in_force
        access: public
        ---
        # Индивидуальный дозиметрический контроль

        ## 1. Общие положения

        1.1. Контроль проводят для персонала группы А в соответствии с п. 3.1.2 НРБ-99/2009.
        """;

    [Fact]
    public async Task Ingest_reports_each_file_and_a_second_run_reports_unchanged()
    {
        using var folder = new TempDirectory();
        folder.Write("in/mu.md", Guideline);
        folder.Write("in/broken.pdf", "not a pdf");
        var data = folder.File("data");

        var first = await CliRunner.RunAsync("ingest", folder.File("in"), "--data", data, "--json");
        var second = await CliRunner.RunAsync("ingest", folder.File("in/mu.md"), "--data", data, "--json");

        Assert.Equal(1, first.Code);
        Assert.Equal("", first.Error);
        using var json = JsonDocument.Parse(first.Out);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!);
        Assert.Equal("failed", results["broken.pdf"].GetProperty("status").GetString());
        Assert.Equal("'broken.pdf' is not a PDF: it does not start with the %PDF- signature.", results["broken.pdf"].GetProperty("error").GetString());
        var mu = results["mu.md"];
        Assert.Equal("ingested", mu.GetProperty("status").GetString());
        Assert.Equal("МУ 2.6.1.3015-12", mu.GetProperty("designation").GetString());
        Assert.Equal(2, mu.GetProperty("clauses").GetInt32());
        Assert.True(Guid.TryParse(mu.GetProperty("documentId").GetString(), out _));
        Assert.Equal(0, second.Code);
        Assert.Contains("\"status\": \"unchanged\"", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_and_show_print_the_record_and_its_clause_tree()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", folder.Write("mu.md", Guideline), "--data", data)).Code);

        var list = await CliRunner.RunAsync("list", "--data", data, "--json");
        var show = await CliRunner.RunAsync("show", "му 2.6.1.3015-12", "--data", data, "--json");

        using var listed = JsonDocument.Parse(list.Out);
        Assert.Equal(1, listed.RootElement.GetProperty("total").GetInt32());
        using var shown = JsonDocument.Parse(show.Out);
        Assert.Equal("methodical_guideline", shown.RootElement.GetProperty("type").GetString());
        Assert.Equal("in_force", shown.RootElement.GetProperty("status").GetString());
        var clauses = shown.RootElement.GetProperty("clauses").EnumerateArray()
            .Select(c => (c.GetProperty("number").GetString(), c.GetProperty("heading").GetString(), c.GetProperty("pageStart").ValueKind))
            .ToList();
        Assert.Equal([("1", "Общие положения", JsonValueKind.Null), ("1.1", null, JsonValueKind.Null)], clauses);
    }

    [Fact]
    public async Task Bulk_ingest_skips_the_index_per_document_and_rebuilds_it_once_at_the_end()
    {
        using var folder = new TempDirectory();
        folder.Write("in/mu.md", Guideline);
        folder.Write("in/other.md", Guideline.Replace("МУ 2.6.1.3015-12", "МУ 2.6.1.3016-12", StringComparison.Ordinal));
        var data = folder.File("data");

        var ingest = await CliRunner.RunAsync("ingest", folder.File("in"), "--bulk", "--data", data, "--json");
        var search = await CliRunner.RunAsync("search", "дозиметрического", "--data", data, "--json");

        Assert.Equal(0, ingest.Code);
        using var json = JsonDocument.Parse(ingest.Out);
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal("ingested", r.GetProperty("status").GetString()));
        var rebuild = json.RootElement.GetProperty("rebuild");
        Assert.Equal(2, rebuild.GetProperty("documents").GetInt32());
        Assert.Equal(4, rebuild.GetProperty("clauses").GetInt32());
        using var found = JsonDocument.Parse(search.Out);
        Assert.Equal(2, found.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Without_bulk_there_is_no_rebuild_and_each_document_is_indexed_as_it_arrives()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");

        var ingest = await CliRunner.RunAsync("ingest", folder.Write("mu.md", Guideline), "--data", data, "--json");
        var search = await CliRunner.RunAsync("search", "дозиметрического", "--data", data, "--json");

        using var json = JsonDocument.Parse(ingest.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("rebuild").ValueKind);
        using var found = JsonDocument.Parse(search.Out);
        Assert.Equal(1, found.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("show", "ГОСТ Р 99999-2099", "ratro: no stored document matches 'ГОСТ Р 99999-2099'.")]
    [InlineData("ingest", "/nonexistent/file.pdf", null)]
    public async Task Errors_are_one_line_on_stderr_with_a_failure_code(string command, string argument, string? message)
    {
        using var folder = new TempDirectory();

        var run = await CliRunner.RunAsync(command, argument, "--data", folder.File("data"));

        Assert.Equal(1, run.Code);
        if (message is not null)
        {
            Assert.Equal(message, run.Error.TrimEnd());
        }
        else
        {
            Assert.Contains("/nonexistent/file.pdf: '/nonexistent/file.pdf' does not exist.\n", run.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_data_directory_is_one_clear_line()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("not-a-directory", "x");

        var run = await CliRunner.RunAsync("list", "--data", file);

        Assert.Equal(1, run.Code);
        Assert.StartsWith($"ratro: cannot use data directory '{file}'", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
