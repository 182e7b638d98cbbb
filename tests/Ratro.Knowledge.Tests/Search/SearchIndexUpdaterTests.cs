using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

/// <summary>The updater re-reads a document's editions from the store and replaces or deletes them in the index.</summary>
public sealed class SearchIndexUpdaterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Store_changes_reach_the_index_and_deletion_removes_the_document()
    {
        using var folder = new TempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = folder.Path,
            ["Search:GlossaryPath"] = Path.Combine(AppContext.BaseDirectory, "Glossary", "glossary-fixture.tsv"),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddRatroKnowledge(configuration).BuildServiceProvider();
        await using var _ = services;
        await services.GetRequiredService<KnowledgeDatabase>().EnsureReadyAsync(Ct);
        var store = services.GetRequiredService<DocumentStore>();
        var updater = Assert.Single(services.GetServices<IDocumentChangeListener>().OfType<SearchIndexUpdater>());
        var index = services.GetRequiredService<ISearchIndex>();
        var document = DocumentBuilder.Ru("ПРИКАЗ 1").Clause("1", "Требования к брахитерапии.").Build();
        document.Source = new SourceFile { FileName = "a.md", Sha256 = new string('a', 64), Format = "markdown" };

        var (_, stored) = await store.SaveAsync(document, "x"u8.ToArray(), Ct);
        await updater.OnDocumentChangedAsync(stored.Canonical, Ct);
        var found = await index.SearchAsync(new SearchQuery { Text = "брахитерапия" }, Ct);
        await store.DeleteAsync(stored.Id, Ct);
        await updater.OnDocumentChangedAsync(stored.Canonical, Ct);
        var gone = await index.SearchAsync(new SearchQuery { Text = "брахитерапия" }, Ct);

        Assert.Equal(stored.Id, Assert.Single(found.Hits).DocumentId);
        Assert.Equal(0, gone.Total);
        Assert.Equal("lucene", index.EngineName);
        Assert.Equal(4, index.Health.GlossaryTerms);
    }

    [Fact]
    public void An_unknown_engine_name_fails_at_start_with_the_registered_names()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Search:Engine"] = "solr" }).Build();
        using var services = new ServiceCollection().AddLogging().AddRatroKnowledge(configuration).BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value);

        Assert.Contains("lucene", error.Message);
    }

    [Theory]
    [InlineData("bert", "not one of")]
    [InlineData("onnx", "ModelPath")]
    [InlineData("ollama", "Model")]
    public void Embedding_configuration_is_validated(string provider, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Embeddings:Provider"] = provider }).Build();
        using var services = new ServiceCollection().AddLogging().AddRatroKnowledge(configuration).BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Ratro.Knowledge.Search.Vectors.EmbeddingOptions>>().Value);

        Assert.Contains(expected, error.Message);
    }
}
