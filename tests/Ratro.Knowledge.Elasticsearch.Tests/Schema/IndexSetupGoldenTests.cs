using Ratro.Knowledge.Elasticsearch.Tests.Support;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch.Tests.Schema;

/// <summary>The index template and the first index, compared with golden requests; the Hunspell fallback when the cluster lacks the dictionary.</summary>
public sealed class IndexSetupGoldenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_use_puts_the_template_and_creates_the_first_index_with_the_alias()
    {
        var cluster = new FakeCluster { AliasExists = false };
        await using var engine = TestEngine.Create(cluster);

        var state = await engine.EnsureReadyAsync(Ct);

        var sent = cluster.Requests.Select(r => $"{r.Method} {r.PathOnly}").ToList();
        Assert.Equal(
            ["PUT /_index_template/ratro-clauses", "HEAD /_alias/ratro-clauses", "PUT /ratro-clauses-00000000000000000", "GET /ratro-clauses/_mapping"],
            sent);
        Golden.AssertMatches("setup-template", cluster.Requests[0]);
        Golden.AssertMatches("setup-create-first-index", cluster.Requests[2]);
        Assert.Equal("hunspell ru_RU then snowball", state.Morphology);
        Assert.Empty(engine.Health.Warnings);
    }

    [Fact]
    public async Task Template_with_embeddings_has_an_int8_hnsw_cosine_vector_field()
    {
        var cluster = new FakeCluster { Meta = """{"schema":1,"russian":"hunspell ru_RU then snowball","vector_dims":4}""" };
        var embedder = new ClauseEmbedder(new ConceptEmbeddingGenerator(new Dictionary<string, int>(), 4), new EmbeddingOptions { Provider = "onnx" });
        await using var engine = TestEngine.Create(cluster, embedder: embedder, dimensions: 4);

        var state = await engine.EnsureReadyAsync(Ct);

        Golden.AssertMatches("setup-template-vectors", cluster.Requests[0]);
        Assert.True(state.VectorsUsable);
    }

    [Fact]
    public async Task A_cluster_without_the_hunspell_dictionary_gets_snowball_and_a_warning()
    {
        var cluster = new FakeCluster { Meta = """{"schema":1,"russian":"snowball","vector_dims":0}""" };
        cluster.Override = r => r.PathOnly.StartsWith("/_index_template/", StringComparison.Ordinal) && r.Text.Contains("hunspell", StringComparison.Ordinal)
            ? new CannedResponse(400, """{"error":{"root_cause":[],"type":"illegal_argument_exception","reason":"failed to load hunspell dictionary for locale: ru_RU"},"status":400}""")
            : null;
        await using var engine = TestEngine.Create(cluster);

        var state = await engine.EnsureReadyAsync(Ct);

        var templates = cluster.Requests.Where(r => r.PathOnly == "/_index_template/ratro-clauses").ToList();
        Assert.Equal(2, templates.Count);
        Golden.AssertMatches("setup-template-snowball", templates[1]);
        Assert.Equal("snowball", state.Morphology);
        var warning = Assert.Single(engine.Health.Warnings);
        Assert.Contains("Hunspell dictionary 'ru_RU'", warning);
    }

    [Fact]
    public async Task An_index_built_for_other_vectors_is_reported_and_its_vectors_are_not_used()
    {
        var cluster = new FakeCluster { Meta = """{"schema":1,"russian":"hunspell ru_RU then snowball","vector_dims":384}""" };
        var embedder = new ClauseEmbedder(new ConceptEmbeddingGenerator(new Dictionary<string, int>(), 4), new EmbeddingOptions { Provider = "onnx" });
        await using var engine = TestEngine.Create(cluster, embedder: embedder, dimensions: 4);

        var state = await engine.EnsureReadyAsync(Ct);

        Assert.False(state.VectorsUsable);
        Assert.Contains(engine.Health.Warnings, w => w.Contains("384-dimensional", StringComparison.Ordinal) && w.Contains("reindex", StringComparison.Ordinal));
        var results = await engine.SearchAsync(new SearchQuery { Text = "radiotherapy" }, Ct);
        Assert.False(results.Explanation.Hybrid);
        Assert.DoesNotContain(cluster.Work, r => r.Text.Contains("\"knn\"", StringComparison.Ordinal));
    }
}
