using Ratro.Knowledge.Search.Benchmarks;

namespace Ratro.Knowledge.Tests.Search.Benchmarks;

public sealed class SearchBenchmarkTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var summary = LatencySummary.Of([.. Enumerable.Range(1, 100).Select(i => (double)i)]);

        Assert.Equal((100, 50.0, 95.0, 99.0, 100.0, 50.5), (summary.Count, summary.P50, summary.P95, summary.P99, summary.Max, summary.Mean));
    }

    [Fact]
    public void The_query_set_mixes_languages_designations_and_filters_and_adds_hybrid_only_with_vectors()
    {
        var lexical = BenchmarkQueries.Mixed(hybrid: false);
        var hybrid = BenchmarkQueries.Mixed(hybrid: true);

        Assert.Equal(["ru", "en", "designation", "filtered"], lexical.Select(q => q.Group).Distinct());
        Assert.All(lexical, q => Assert.False(q.Query.Hybrid));
        Assert.Equal(10, hybrid.Count(q => q.Group == "hybrid"));
        Assert.All(hybrid.Where(q => q.Group == "hybrid"), q => Assert.True(q.Query.Hybrid));
    }
}
