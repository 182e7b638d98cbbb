using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Tests.Support;

/// <summary>The core services on a fresh temp data directory, as the CLI composes them.</summary>
public sealed class KnowledgeHost : IAsyncDisposable
{
    private readonly TempDirectory data = new();
    private readonly ServiceProvider services;

    private KnowledgeHost(IDictionary<string, string?> settings)
    {
        settings["Storage:DataDirectory"] = data.Path;
        settings.TryAdd("Search:GlossaryPath", Path.Combine(RepositoryPaths.Corpus, "glossary.tsv"));
        settings.TryAdd("Corpus:ManifestPath", Path.Combine(RepositoryPaths.Corpus, "manifest.json"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddRatroKnowledge(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public string DataPath => data.Path;

    public IngestionPipeline Pipeline => Get<IngestionPipeline>();

    public DocumentStore Store => Get<DocumentStore>();

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public static async Task<KnowledgeHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var host = new KnowledgeHost(settings ?? new Dictionary<string, string?>());
        await host.Get<KnowledgeDatabase>().EnsureReadyAsync(TestContext.Current.CancellationToken);
        return host;
    }

    public Task<IngestionResult> IngestAsync(string path) =>
        Pipeline.IngestAsync(IngestionRequest.FromPath(path), TestContext.Current.CancellationToken);

    public Task<IngestionResult> IngestAsync(string fileName, byte[] content) =>
        Pipeline.IngestAsync(new IngestionRequest { FileName = fileName, Content = content }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        data.Dispose();
    }
}
