using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Search.Vectors;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>Hybrid retrieval in the Lucene engine with a deterministic embedder: fusion, filters and deletes apply to vector hits.</summary>
public sealed class HybridSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, int> Concepts = new()
    {
        ["radiotherapy"] = 0, ["radiation"] = 0, ["treatment"] = 0, ["tumours"] = 0,
        ["shielding"] = 1, ["barrier"] = 1, ["walls"] = 1,
        ["dosimetry"] = 2, ["calibration"] = 2,
    };

    private static async Task<(TestIndex Index, ConceptEmbeddingGenerator Generator)> SeedAsync(params NormativeDocument[] documents)
    {
        var generator = new ConceptEmbeddingGenerator(Concepts);
        var embedder = new ClauseEmbedder(generator, new EmbeddingOptions { Provider = "onnx", Languages = "en", BatchSize = 4 });
        var folder = new TempDirectory();
        var index = LuceneTestEngine.Create(folder.Path, embedder: embedder, dimensions: 16);
        foreach (var document in documents)
        {
            await index.ReplaceDocumentAsync(document.Canonical, [document], Ct);
        }

        return (new TestIndex(index, folder), generator);
    }

    [Fact]
    public async Task Vector_hits_find_clauses_that_share_no_word_with_the_query()
    {
        var (index, _) = await SeedAsync(
            DocumentBuilder.En("PARAPHRASE").Clause("1", "Radiation treatment of tumours.").Build(),
            DocumentBuilder.En("WALLS").Clause("1", "Barrier walls of the bunker.").Build());
        await using var _ = index;

        var hybrid = await index.Index.SearchAsync(new SearchQuery { Text = "radiotherapy" }, Ct);
        var textOnly = await index.Index.SearchAsync(new SearchQuery { Text = "radiotherapy", Hybrid = false }, Ct);

        Assert.True(hybrid.Explanation.Hybrid);
        Assert.Equal("PARAPHRASE", hybrid.Hits[0].Canonical);
        Assert.Equal("1", hybrid.Hits[0].Clauses[0].Number);
        Assert.Equal(0, textOnly.Total);
    }

    [Fact]
    public async Task Vector_hits_respect_access_and_deletion()
    {
        var (index, _) = await SeedAsync(
            DocumentBuilder.En("MEMBERS").Access(AccessLevel.Members).Clause("1", "Radiation treatment of tumours.").Build(),
            DocumentBuilder.En("PUBLIC").Clause("1", "Shielding barrier walls.").Build());
        await using var _ = index;

        var anonymous = await index.Index.SearchAsync(new SearchQuery { Text = "radiotherapy", Limit = 50 }, Ct);
        var members = await index.Index.SearchAsync(new SearchQuery { Text = "radiotherapy", Access = AccessLevel.Members }, Ct);
        await index.Index.DeleteDocumentAsync("MEMBERS", Ct);
        var afterDelete = await index.Index.SearchAsync(new SearchQuery { Text = "radiotherapy", Access = AccessLevel.Members, Limit = 50 }, Ct);

        Assert.DoesNotContain("MEMBERS", anonymous.Hits.Select(h => h.Canonical));
        Assert.Equal("MEMBERS", members.Hits[0].Canonical);
        Assert.DoesNotContain("MEMBERS", afterDelete.Hits.Select(h => h.Canonical));
    }

    [Fact]
    public async Task Russian_clauses_are_not_embedded_by_an_english_model_and_vectors_survive_reopening()
    {
        var folder = new TempDirectory();
        var generator = new ConceptEmbeddingGenerator(Concepts);
        var embedder = new ClauseEmbedder(generator, new EmbeddingOptions { Provider = "onnx", Languages = "en" });
        await using (var index = LuceneTestEngine.Create(folder.Path, embedder: embedder, dimensions: 16))
        {
            await index.ReplaceDocumentAsync("RU", [DocumentBuilder.Ru("RU").Clause("1", "Лучевая терапия опухолей.").Build()], Ct);
            Assert.Equal(0, generator.Calls);
            await index.ReplaceDocumentAsync("EN", [DocumentBuilder.En("EN").Clause("1", "Radiation treatment.").Build()], Ct);
            Assert.Equal(1, generator.Calls);
        }

        await using (var reopened = LuceneTestEngine.Create(folder.Path, embedder: embedder, dimensions: 16))
        {
            var results = await reopened.SearchAsync(new SearchQuery { Text = "radiotherapy" }, Ct);
            Assert.Equal(["EN"], results.Hits.Select(h => h.Canonical).ToList());
        }

        folder.Dispose();
    }

    [Fact]
    public async Task Rebuild_embeds_into_the_new_generation()
    {
        var (index, _) = await SeedAsync(DocumentBuilder.En("OLD").Clause("1", "Radiation treatment.").Build());
        await using var _ = index;

        var report = await index.Index.RebuildAsync(
            new[] { DocumentBuilder.En("NEW").Clause("1", "Calibration of chambers.").Clause("2", "Tumours.").Build() }.ToAsyncEnumerable(), Ct);
        var results = await index.Index.SearchAsync(new SearchQuery { Text = "dosimetry" }, Ct);

        Assert.Equal(2, report.Vectors);
        Assert.Equal(["NEW"], results.Hits.Select(h => h.Canonical).ToList());
    }
}
