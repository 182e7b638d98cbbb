using Ratro.Knowledge.Elasticsearch.Connection;

namespace Ratro.Knowledge.Elasticsearch.Tests.Contract;

/// <summary>
/// The live cluster the contract runs against, from the environment: <c>RATRO_ELASTICSEARCH_URL</c> (required, else
/// every case skips), and optionally <c>RATRO_ELASTICSEARCH_API_KEY</c>, or <c>RATRO_ELASTICSEARCH_USERNAME</c> and
/// <c>RATRO_ELASTICSEARCH_PASSWORD</c>, and <c>RATRO_ELASTICSEARCH_FINGERPRINT</c>. Every engine gets its own index
/// prefix, dropped when the test ends.
/// </summary>
public static class LiveCluster
{
    public const string SkipReason =
        "RATRO_ELASTICSEARCH_URL is not set: the Elasticsearch contract runs only against a live cluster " +
        "(docker compose -f docker/compose.yaml up elasticsearch, then RATRO_ELASTICSEARCH_URL=http://localhost:9200; see docs/scale-out.md)";

    private static readonly Lazy<Task<string>> Morphology = new(ProbeMorphologyAsync);

    public static string? Url => Environment.GetEnvironmentVariable(ElasticsearchOptions.UrlVariable) is { Length: > 0 } url ? url : null;

    public static DroppingIndex Create(string glossaryPath)
    {
        var options = Options();
        var engine = Support.TestEngine.Create(options, ElasticsearchClientFactory.Create(options), null, 0, glossaryPath, TimeProvider.System);
        return new DroppingIndex(engine);
    }

    /// <summary>Skips unless the cluster lemmatizes Russian with Hunspell (Snowball alone splits the word forms some cases test).</summary>
    public static void RequireHunspell()
    {
        var morphology = Morphology.Value.GetAwaiter().GetResult();
        if (!morphology.StartsWith("hunspell", StringComparison.Ordinal))
        {
            Assert.Skip($"the cluster at {Url} has no Hunspell ru_RU dictionary (Russian analysis: {morphology}); Snowball alone splits these word forms");
        }
    }

    private static ElasticsearchOptions Options()
    {
        var url = Url;
        if (url is null)
        {
            Assert.Skip(SkipReason);
        }

        return new ElasticsearchOptions
        {
            Url = url,
            IndexPrefix = $"ratro-test-{Guid.NewGuid():N}"[..26],
            Replicas = 0,
            ApiKey = Environment.GetEnvironmentVariable("RATRO_ELASTICSEARCH_API_KEY"),
            Username = Environment.GetEnvironmentVariable("RATRO_ELASTICSEARCH_USERNAME"),
            Password = Environment.GetEnvironmentVariable("RATRO_ELASTICSEARCH_PASSWORD"),
            CertificateFingerprint = Environment.GetEnvironmentVariable("RATRO_ELASTICSEARCH_FINGERPRINT"),
        };
    }

    private static async Task<string> ProbeMorphologyAsync()
    {
        await using var probe = Create(Support.TestEngine.GlossaryPath);
        return (await probe.Engine.EnsureReadyAsync(CancellationToken.None)).Morphology;
    }
}
