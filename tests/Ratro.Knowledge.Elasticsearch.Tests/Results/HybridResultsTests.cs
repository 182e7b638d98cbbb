using Ratro.Knowledge.Elasticsearch.Tests.Support;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch.Tests.Results;

/// <summary>Canned kNN and text answers fused on this side by reciprocal rank, as the Lucene engine fuses.</summary>
public sealed class HybridResultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Response(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Responses", name));

    /// <summary>One edition in each ranking: equal fused scores, so the shared grouping orders them by designation.</summary>
    [Fact]
    public async Task Text_and_vector_rankings_are_fused_and_vector_only_clauses_are_shown()
    {
        var cluster = new FakeCluster { Meta = """{"schema":1,"russian":"snowball","vector_dims":4}""" };
        cluster.SearchBodies.Clear();
        cluster.SearchBodies.AddRange([Response("knn-one-clause.json"), Response("hybrid-text.json")]);
        var embedder = new ClauseEmbedder(
            new ConceptEmbeddingGenerator(new Dictionary<string, int> { ["radiotherapy"] = 0 }, 4), new EmbeddingOptions { Provider = "onnx", Languages = "en" });
        await using var engine = TestEngine.Create(cluster, embedder: embedder, dimensions: 4);

        var results = await engine.SearchAsync(new SearchQuery { Text = "radiotherapy" }, Ct);

        Assert.True(results.Explanation.Hybrid);
        Assert.Equal(2, results.Total);
        var fused = RankFusion.Fuse<string>([["WORDS"], ["PARAPHRASE"]]);
        Assert.Equal(fused.Select(e => e.Score).ToList(), results.Hits.Select(h => h.Score).ToList());
        Assert.Equal(["PARAPHRASE", "WORDS"], results.Hits.Select(h => h.Canonical).ToList());
        Assert.Equal("Radiation treatment of tumours.", Assert.Single(results.Hits[0].Clauses).Snippet);
        Assert.Equal("<mark>Radiotherapy</mark> rooms.", Assert.Single(results.Hits[1].Clauses).Snippet);
        Assert.Equal(2, results.Facet(FacetNames.Language).Single(v => v.Value == "en").Count);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.0, -1.0)]
    public void Server_cosine_scores_are_turned_back_into_cosines(double score, double cosine) =>
        Assert.Equal(cosine, Elasticsearch.Results.HybridResults.Cosine(score), 10);
}
