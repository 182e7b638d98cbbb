using Microsoft.Extensions.Logging.Abstractions;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>Builds engines for tests: against a <see cref="FakeCluster"/> (fixed clock and batch ids) or a live cluster.</summary>
public static class TestEngine
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    public static readonly Guid Batch = Guid.Parse("00000000-0000-0000-0000-0000000000b1");

    public static string GlossaryPath => Path.Combine(AppContext.BaseDirectory, "Glossary", "glossary-fixture.tsv");

    public static ElasticsearchSearchIndex Create(
        FakeCluster cluster, ElasticsearchOptions? options = null, ClauseEmbedder? embedder = null, int dimensions = 0, string? glossaryPath = null)
    {
        options ??= new ElasticsearchOptions { Url = "http://localhost:9200", IndexPrefix = cluster.Prefix };
        return Create(options, ElasticsearchClientFactory.Create(options, cluster.Invoker), embedder, dimensions, glossaryPath ?? GlossaryPath, new FixedTime(Now), () => Batch);
    }

    public static ElasticsearchSearchIndex Create(
        ElasticsearchOptions options,
        Elastic.Clients.Elasticsearch.ElasticsearchClient client,
        ClauseEmbedder? embedder,
        int dimensions,
        string? glossaryPath,
        TimeProvider time,
        Func<Guid>? batches = null)
    {
        var glossary = glossaryPath is null ? Ratro.Knowledge.Glossary.Glossary.Empty("none", "no glossary in this test") : GlossaryLoader.Load(glossaryPath);
        var parts = new ElasticsearchEngineParts(
            options, new SearchOptions(), new RecordValidityResolver(), new CatalogDesignationRecognizer(), glossary, embedder, dimensions, time, batches);
        return new ElasticsearchSearchIndex(parts, new ServerCalls(client, options), NullLogger.Instance);
    }
}
