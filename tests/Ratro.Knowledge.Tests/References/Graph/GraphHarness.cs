using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.References.Graph;

/// <summary>A temp data directory with the real services: files go in through the ingestion pipeline, the graph is read from the store.</summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    private readonly TempDirectory folder;
    private readonly ServiceProvider services;

    private GraphHarness(TempDirectory folder, ServiceProvider services)
    {
        this.folder = folder;
        this.services = services;
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string DataDirectory => folder.File("data");

    public static async Task<GraphHarness> StartAsync()
    {
        var folder = new TempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = folder.File("data"),
            ["Search:GlossaryPath"] = Path.Combine(AppContext.BaseDirectory, "Glossary", "glossary-fixture.tsv"),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddRatroKnowledge(configuration).BuildServiceProvider();
        await services.GetRequiredService<KnowledgeDatabase>().EnsureReadyAsync(Ct);
        return new GraphHarness(folder, services);
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>Ingests a file written into the temp folder; fails the test when ingestion fails.</summary>
    public async Task<IngestionResult> IngestAsync(string fileName, string content) => await IngestFileAsync(folder.Write(Path.Combine("in", fileName), content));

    public async Task<IngestionResult> IngestAsync(string fileName, byte[] content) => await IngestFileAsync(folder.Write(Path.Combine("in", fileName), content));

    /// <summary>Ingests documents of the corpus by file name ("сп_2_6_1_799_99.md").</summary>
    public async Task IngestCorpusAsync(params string[] names)
    {
        foreach (var name in names)
        {
            await IngestFileAsync(Path.Combine(RepositoryPaths.Corpus, "documents", name));
        }
    }

    public async Task<IngestionResult> IngestFileAsync(string path)
    {
        var result = await Get<IngestionPipeline>().IngestAsync(IngestionRequest.FromPath(path), Ct);
        Assert.True(result.Error is null, $"{Path.GetFileName(path)}: {result.Error}");
        return result;
    }

    /// <summary>The node of a held document; fails the test when nothing held answers to the designation.</summary>
    public async Task<GraphNode> HeldAsync(string designation)
    {
        var node = await Get<ReferenceGraph>().LocateAsync(designation, Ct);
        Assert.True(node is { IsHeld: true }, $"'{designation}' is not held");
        return node!;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        folder.Dispose();
    }
}
