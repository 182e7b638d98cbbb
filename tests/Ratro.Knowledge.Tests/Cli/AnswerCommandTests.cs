using System.Text.Json;
using Ratro.Knowledge.Cli;
using Ratro.Knowledge.Tests.Answers;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

/// <summary>`ratro ask`, `ratro eval` and `ratro bench ask` on the seeded corpus's data directory.</summary>
[Collection(CorpusCollection.Name)]
public sealed class AnswerCommandTests(SeededCorpus corpus)
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await RatroCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Ask_prints_the_answer_as_json_with_its_citations()
    {
        var result = await RunAsync("ask", "Каков предел эффективной дозы для персонала группы А?", "--data", corpus.Data, "--json");

        Assert.Equal(0, result.Code);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.False(root.GetProperty("refused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("refusalReason").ValueKind);
        Assert.Equal("ru", root.GetProperty("language").GetString());
        Assert.Equal("extractive", root.GetProperty("method").GetString());
        Assert.Contains("20 мЗв", root.GetProperty("text").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(1, citation.GetProperty("number").GetInt32());
        Assert.Equal("НРБ-99/2009", citation.GetProperty("designation").GetString());
        Assert.Equal("СанПиН 2.6.1.2523-09", citation.GetProperty("canonical").GetString());
        Assert.Equal("table:3.1", citation.GetProperty("clause").GetProperty("key").GetString());
        Assert.Equal("Таблица 3.1", citation.GetProperty("clause").GetProperty("number").GetString());
        Assert.Contains("20 мЗв", citation.GetProperty("quote").GetString());
        Assert.Equal("in_force", citation.GetProperty("status").GetString());
        Assert.Equal("/documents/sanpin-2-6-1-2523-09#table-3-1", citation.GetProperty("link").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.5, 1);
        Assert.Equal(0, root.GetProperty("closestDocuments").GetArrayLength());
    }

    [Fact]
    public async Task Ask_prints_a_readable_answer_with_numbered_citations()
    {
        var result = await RunAsync("ask", "What daily output constancy tolerance does TG-142 set?", "--data", corpus.Data);

        Assert.Equal(0, result.Code);
        Assert.Contains("Daily output constancy tolerance is 3% for X-ray beams.", result.Out);
        Assert.Contains("[1] AAPM TG-142 — Table I (in_force)", result.Out);
        Assert.Contains("/documents/aapm-tg-142#table-i", result.Out);
        Assert.Contains("confidence", result.Out);
    }

    [Fact]
    public async Task Ask_reads_members_only_documents_only_with_access()
    {
        const string question = "How is the risk priority number calculated in failure modes and effects analysis?";

        var anonymous = await RunAsync("ask", question, "--data", corpus.Data, "--json");
        var member = await RunAsync("ask", question, "--access", "members", "--data", corpus.Data, "--json");

        Assert.Equal(0, anonymous.Code);
        Assert.DoesNotContain("TG-100", anonymous.Out);
        Assert.Contains("\"refused\": true", anonymous.Out);
        using var json = JsonDocument.Parse(member.Out);
        Assert.Equal("AAPM TG-100", json.RootElement.GetProperty("citations")[0].GetProperty("canonical").GetString());
    }

    [Theory]
    [InlineData("", "The question is empty")]
    [InlineData("?!?!", "The question has no words")]
    public async Task Ask_refuses_a_question_that_cannot_be_asked_with_one_line_and_a_failure_code(string question, string message)
    {
        var result = await RunAsync("ask", question, "--data", corpus.Data);

        Assert.Equal(1, result.Code);
        Assert.StartsWith($"ratro: {message}", result.Error);
    }

    [Fact]
    public async Task Eval_and_bench_run_over_a_question_file()
    {
        using var folder = new TempDirectory();
        var questions = folder.Write("q.tsv", string.Join('\n',
            "question\texpected_document\texpected_fact\tkind",
            "Каков предел эффективной дозы для персонала группы А?\tСанПиН 2.6.1.2523-09\t20 мЗв\tfactual",
            "What daily output constancy tolerance does TG-142 set?\tAAPM TG-142\t3%\tfactual",
            "Каков предел дозы для космонавтов при длительных космических полетах?\t\t\tunanswerable"));

        var eval = await RunAsync("eval", questions, "--data", corpus.Data, "--json");
        var bench = await RunAsync("bench", "ask", "--questions", questions, "--runs", "1", "--data", corpus.Data, "--json");

        Assert.Equal(0, eval.Code);
        using var report = JsonDocument.Parse(eval.Out);
        var overall = report.RootElement.GetProperty("report").GetProperty("overall");
        Assert.Equal(3, overall.GetProperty("questions").GetInt32());
        Assert.Equal(1, overall.GetProperty("recallAt1").GetDouble());
        Assert.Equal(1, overall.GetProperty("refusalRecall").GetDouble());
        Assert.Equal(3, report.RootElement.GetProperty("report").GetProperty("results").GetArrayLength());
        Assert.Equal(0, bench.Code);
        using var latency = JsonDocument.Parse(bench.Out);
        Assert.Equal(3, latency.RootElement.GetProperty("report").GetProperty("answers").GetInt32());
        Assert.True(latency.RootElement.GetProperty("report").GetProperty("p95").GetDouble() > 0);
    }
}
