using System.Text.Json;
using Ratro.Knowledge.Cli;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

/// <summary>`ratro bench vectors` on a small synthetic set: the numbers come out, in JSON and as Markdown.</summary>
public sealed class BenchVectorsCommandTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await RatroCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        if (code != 0 && error.ToString().Contains("Unable to resolve service", StringComparison.Ordinal))
        {
            Assert.Skip($"the CLI cannot start in this build: {error.ToString().Trim()}");
        }

        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Measures_a_small_clustered_set_and_reports_recall_and_latency()
    {
        using var folder = new TempDirectory();
        var (code, output, error) = await RunAsync(
            "bench", "vectors", "--count", "2000", "--dimensions", "32", "--vectors", "clustered", "--exact-below", "200",
            "--queries", "30", "--recall-queries", "20", "--top", "10", "--ef-sweep", "16", "--filters", "0.2",
            "--folder", folder.File("bench"), "--data", folder.File("data"), "--json");

        Assert.True(code == 0, error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2000, report.GetProperty("count").GetInt32());
        Assert.InRange(report.GetProperty("recallAt10").GetDouble(), 0.9, 1.0);
        Assert.True(report.GetProperty("graphFileBytes").GetInt64() > 0);
        Assert.True(report.GetProperty("latencyMs").GetProperty("p95").GetDouble() > 0);
        Assert.Equal(16, report.GetProperty("sweep")[0].GetProperty("efSearch").GetInt32());
        Assert.Equal("graph", report.GetProperty("filtered")[0].GetProperty("route").GetString());
        Assert.True(File.Exists(folder.File("bench/vectors.hnsw")));
    }

    [Fact]
    public async Task Reuse_measures_the_files_of_an_earlier_run_without_building_them_again()
    {
        using var folder = new TempDirectory();
        string[] common = ["bench", "vectors", "--count", "1500", "--dimensions", "32", "--vectors", "clustered", "--exact-below", "200",
            "--queries", "20", "--recall-queries", "10", "--top", "10", "--ef-sweep", "16", "--filters", "0.5",
            "--folder", folder.File("bench"), "--data", folder.File("data"), "--json"];
        var first = await RunAsync(common);
        var written = File.GetLastWriteTimeUtc(folder.File("bench/vectors.hnsw"));

        var second = await RunAsync([.. common, "--reuse"]);

        Assert.True(first.Code == 0, first.Error);
        Assert.True(second.Code == 0, second.Error);
        var before = JsonDocument.Parse(first.Out).RootElement;
        var after = JsonDocument.Parse(second.Out).RootElement;
        Assert.False(before.GetProperty("reused").GetBoolean());
        Assert.True(after.GetProperty("reused").GetBoolean());
        Assert.Equal(0, after.GetProperty("buildSeconds").GetDouble());
        Assert.Equal(written, File.GetLastWriteTimeUtc(folder.File("bench/vectors.hnsw")));
        Assert.Equal(before.GetProperty("graphFileBytes").GetInt64(), after.GetProperty("graphFileBytes").GetInt64());
        Assert.Equal(before.GetProperty("recallAt10").GetDouble(), after.GetProperty("recallAt10").GetDouble());
    }

    [Theory]
    [InlineData("--vectors", "uniform", "random or clustered")]
    [InlineData("--count", "0", "--count must be positive")]
    [InlineData("--m", "2", "Search:Vectors:M")]
    [InlineData("--filters", "1.5", "shares in (0, 1]")]
    public async Task Bad_arguments_are_refused_with_a_reason(string option, string value, string reason)
    {
        using var folder = new TempDirectory();
        var (code, _, error) = await RunAsync("bench", "vectors", option, value, "--folder", folder.File("bench"), "--data", folder.File("data"));

        Assert.Equal(1, code);
        Assert.Contains(reason, error);
    }
}
