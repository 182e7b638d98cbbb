using System.Text.Json;
using Ratro.Knowledge.References;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

/// <summary>`ratro bench refs`: the sample's score as the evaluation computes it, and two timed runs over the given text.</summary>
public sealed class BenchCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bench_refs_scores_the_sample_and_times_the_text_twice()
    {
        using var folder = new TempDirectory();
        var sample = folder.Write("sample.tsv", "см. п. 3.1 НРБ-99/2009\tСанПиН 2.6.1.2523-09 @ 3.1\nв т.ч. 5 % персонала\t-\nсогласно ICRP Publication 103\tICRP Publication 103 | IAEA TRS-398\n");
        folder.Write(Path.Combine("corpus", "a.md"), "---\ndesignation: \"МУ 1\"\n---\n\n# А\n\nСм. п. 3.1.2 НРБ-99/2009 и ст. 9 Федерального закона от 09.01.1996 N 3-ФЗ.\n");
        folder.Write(Path.Combine("corpus", "b.md"), "# Б\n\nТребования IEC 60601-2-1:2020 и IEC 62083.\n");
        var expected = ExtractionEvaluation.EvaluateFile(sample, Ct);

        var (code, output, error) = await CliRunner.RunAsync("bench", "refs", "--sample", sample, "--corpus", folder.File("corpus"), "--realdocs", folder.File("none"), "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var score = root.GetProperty("sample");
        Assert.Equal((3, 3, expected.MatchedUnits), (score.GetProperty("sentences").GetInt32(), score.GetProperty("expectedUnits").GetInt32(), score.GetProperty("matchedUnits").GetInt32()));
        Assert.Equal(Math.Round(expected.Recall, 4), score.GetProperty("recall").GetDouble());
        Assert.True(score.GetProperty("recall").GetDouble() < 1, "the sample expects a reference the text does not hold");
        Assert.Equal((2, 0), (root.GetProperty("corpus").GetProperty("markdown").GetInt32(), root.GetProperty("corpus").GetProperty("word").GetInt32()));
        var runs = root.GetProperty("throughput").EnumerateArray().ToList();
        Assert.Equal([1, 2], runs.Select(r => r.GetProperty("run").GetInt32()));
        Assert.All(runs, r => Assert.True(r.GetProperty("megabytesPerSecond").GetDouble() > 0));
        Assert.All(runs, r => Assert.Equal(runs[0].GetProperty("references").GetInt32(), r.GetProperty("references").GetInt32()));
        Assert.True(runs[0].GetProperty("references").GetInt32() >= 4);
    }

    [Fact]
    public async Task Bench_refs_names_a_missing_sample()
    {
        using var folder = new TempDirectory();

        var (code, _, error) = await CliRunner.RunAsync("bench", "refs", "--sample", folder.File("absent.tsv"), "--corpus", folder.Path);

        Assert.Equal(1, code);
        Assert.Contains("absent.tsv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_search_times_the_query_groups_on_the_stored_documents()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        var document = folder.Write("nrb.md", "---\ndesignation: \"СанПиН 2.6.1.2523-09\"\naliases: [\"НРБ-99/2009\"]\ntitle_ru: \"Нормы радиационной безопасности\"\ntype: sanitary_norms\nissuer: \"ГГСВ\"\njurisdiction: RU\nlanguage: ru\nstatus: in_force\naccess: public\n---\n# НРБ\n\n3.1.2. Пределы доз персонала группы А: 20 мЗв в год.\n");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", document, "--data", data)).Code);

        var (code, output, error) = await CliRunner.RunAsync("bench", "search", "--data", data, "--rounds", "2", "--rebuild", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("report");
        Assert.Equal(1, json.RootElement.GetProperty("build").GetProperty("documents").GetInt32());
        Assert.True(json.RootElement.GetProperty("indexBytes").GetInt64() > 0);
        Assert.Equal(["designation", "en", "filtered", "ru"], report.GetProperty("groups").EnumerateObject().Select(g => g.Name).Order(StringComparer.Ordinal));
        Assert.Equal(80, report.GetProperty("lexical").GetProperty("count").GetInt32());
        Assert.True(report.GetProperty("totalHits").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("queryEmbedding").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("vectorBytes").GetInt64());
    }
}
