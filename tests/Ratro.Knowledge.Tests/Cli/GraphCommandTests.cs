using System.Text.Json;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

/// <summary>`ratro designation`, `ratro refs` and `ratro status`: JSON shapes and failures, on corpus documents ingested by `ratro ingest`.</summary>
public sealed class GraphCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ГОСТ Р 58904-2020/ISO/TR 25901-1:2016", "ГОСТ Р 58904-2020", "gost_r", 2020, "ISO/TR 25901-1:2016", "idt")]
    [InlineData("НРБ-99/2009", "СанПиН 2.6.1.2523-09", "sanpin", 2009, null, null)]
    [InlineData("IEC 60601-2-1:2009+AMD1:2014", "IEC 60601-2-1:2009", "iec", 2009, null, null)]
    public async Task Designation_prints_the_parse_result(string text, string canonical, string family, int year, string? adopts, string? degree)
    {
        var (code, output, error) = await CliRunner.RunAsync("designation", text, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(text, root.GetProperty("input").GetString());
        Assert.Equal((canonical, family, year), (root.GetProperty("canonical").GetString(), root.GetProperty("family").GetString(), root.GetProperty("year").GetInt32()));
        Assert.True(root.TryGetProperty("edition", out _));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        var adoption = root.GetProperty("adopts");
        Assert.Equal(adopts, adoption.ValueKind == JsonValueKind.Null ? null : adoption.GetProperty("canonical").GetString());
        Assert.Equal(degree, adoption.ValueKind == JsonValueKind.Null ? null : adoption.GetProperty("degree").GetString());
    }

    [Fact]
    public async Task Designation_rejects_text_that_is_no_designation_with_one_line_and_code_1()
    {
        var (code, output, error) = await CliRunner.RunAsync("designation", "протокол собрания жильцов", "--json");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("ratro: not a designation: \"протокол собрания жильцов\"", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Refs_lists_outgoing_and_incoming_references_with_their_ends_resolved()
    {
        using var folder = new TempDirectory();
        var data = await SeedAsync(folder, "санпин_2_6_1_2523_09.md", "сп_2_6_1_2612_10.md", "сп_2_6_1_758_99.md");

        var (code, output, error) = await CliRunner.RunAsync("refs", "НРБ-99/2009", "--data", data, "--json");
        var clause = await CliRunner.RunAsync("refs", "НРБ-99/2009", "--clause", "табл. 3.1", "--data", data, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("СанПиН 2.6.1.2523-09", true), (root.GetProperty("document").GetProperty("canonical").GetString(), root.GetProperty("document").GetProperty("held").GetBoolean()));
        var outgoing = root.GetProperty("outgoing").EnumerateArray().ToList();
        var supersedes = Assert.Single(outgoing, r => r.GetProperty("type").GetString() == "supersedes");
        Assert.Equal(("СанПиН 2.6.1.2523-09", "СП 2.6.1.758-99", true), (supersedes.GetProperty("source").GetString(), supersedes.GetProperty("target").GetString(), supersedes.GetProperty("resolved").GetBoolean()));
        Assert.Contains(outgoing, r => r.GetProperty("target").GetString() == "ICRP Publication 103" && !r.GetProperty("resolved").GetBoolean());
        foreach (var item in outgoing.Concat(root.GetProperty("incoming").EnumerateArray()))
        {
            foreach (var field in new[] { "source", "target", "sourceClause", "targetClause", "type", "degree", "resolved", "evidence" })
            {
                Assert.True(item.TryGetProperty(field, out _), $"no '{field}'");
            }
        }

        Assert.Contains(root.GetProperty("incoming").EnumerateArray(), r => r.GetProperty("source").GetString() == "СП 2.6.1.2612-10" && r.GetProperty("resolved").GetBoolean());
        using var scoped = JsonDocument.Parse(clause.Out);
        var toTable = scoped.RootElement.GetProperty("incoming").EnumerateArray().ToList();
        Assert.NotEmpty(toTable);
        Assert.All(toTable, r => Assert.Equal("table:3.1", r.GetProperty("targetClause").GetString()));
        Assert.Equal("table:3.1", scoped.RootElement.GetProperty("clause").GetString());
    }

    [Fact]
    public async Task Status_reports_the_day_the_currency_line_the_chain_and_the_editions()
    {
        using var folder = new TempDirectory();
        var data = await SeedAsync(folder, "сп_2_6_1_799_99.md", "сп_2_6_1_2612_10.md");

        var (code, output, error) = await CliRunner.RunAsync("status", "ОСПОРБ-99", "--on", "2012-06-01", "--data", data, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("СП 2.6.1.799-99", "withdrawn"), (root.GetProperty("document").GetProperty("canonical").GetString(), root.GetProperty("status").GetString()));
        Assert.StartsWith("Дата проверки статуса не записана; заменён СП 2.6.1.2612-10 с 2010-04-26", root.GetProperty("currency").GetProperty("ru").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Verification date not recorded; superseded by СП 2.6.1.2612-10 from 2010-04-26", root.GetProperty("currency").GetProperty("en").GetString(), StringComparison.Ordinal);
        var onDate = root.GetProperty("onDate");
        Assert.Equal(("2012-06-01", "no", "superseded", true), (onDate.GetProperty("date").GetString(), onDate.GetProperty("inForce").GetString(), onDate.GetProperty("reason").GetString(), onDate.GetProperty("approximate").GetBoolean()));
        var successor = Assert.Single(root.GetProperty("supersession").GetProperty("successors").EnumerateArray());
        Assert.Equal("СП 2.6.1.2612-10", successor.GetProperty("successor").GetProperty("canonical").GetString());
        Assert.Equal("СП 2.6.1.2612-10", root.GetProperty("supersession").GetProperty("current").GetProperty("canonical").GetString());
        Assert.Single(root.GetProperty("editions").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("counterparts").ValueKind);
    }

    [Theory]
    [InlineData("status", "Федеральный закон № 266-ФЗ", "referenced but not held")]
    [InlineData("refs", "протокол собрания жильцов", "not a designation the parser knows")]
    [InlineData("status", "--on", "YYYY-MM-DD")]
    public async Task Graph_commands_fail_with_one_clear_line(string command, string argument, string expected)
    {
        using var folder = new TempDirectory();
        var data = await SeedAsync(folder, "сп_2_6_1_799_99.md");
        string[] args = argument == "--on" ? [command, "СП 2.6.1.799-99", "--on", "01.06.2012", "--data", data] : [command, argument, "--data", data];

        var (code, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(1, code);
        Assert.StartsWith("ratro: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refs_of_a_designation_nobody_holds_shows_who_references_it()
    {
        using var folder = new TempDirectory();
        var data = await SeedAsync(folder, "сп_2_6_1_799_99.md", "санпин_2_6_1_2523_09.md");

        var (code, output, error) = await CliRunner.RunAsync("refs", "ICRP Publication 103", "--data", data, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("document").GetProperty("held").GetBoolean());
        var incoming = Assert.Single(json.RootElement.GetProperty("incoming").EnumerateArray());
        Assert.Equal("СанПиН 2.6.1.2523-09", incoming.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("2009-06-01", "ГОСТ Р МЭК 60976-99", "СанПиН 2.6.1.2573-10,ГОСТ IEC 60976-2011")]
    [InlineData("2012-06-01", "ГОСТ Р МЭК 60976-99,СанПиН 2.6.1.2573-10", "ГОСТ IEC 60976-2011")]
    [InlineData("2014-01-01", "ГОСТ IEC 60976-2011,СанПиН 2.6.1.2573-10", "ГОСТ Р МЭК 60976-99")]
    public async Task Search_on_a_day_finds_what_was_in_force_for_electron_accelerators(string day, string found, string absent)
    {
        using var folder = new TempDirectory();
        var data = await SeedAsync(folder, "санпин_2_6_1_2573_10.md", "гост_р_мэк_60976_99.md", "гост_iec_60976_2011.md");

        var (code, output, error) = await CliRunner.RunAsync("search", "ускорители электронов", "--on", day, "--data", data, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("canonical").GetString()).ToList();
        Assert.All(found.Split(','), c => Assert.Contains(c, hits));
        Assert.All(absent.Split(','), c => Assert.DoesNotContain(c, hits));
    }

    private static async Task<string> SeedAsync(TempDirectory folder, params string[] corpusFiles)
    {
        var data = folder.File("data");
        var files = corpusFiles.Select(f => Path.Combine(RepositoryPaths.Corpus, "documents", f)).ToArray();
        var (code, _, error) = await CliRunner.RunAsync(["ingest", .. files, "--data", data, "--json"]);
        Assert.True(code == 0, error);
        return data;
    }

}
