using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>Behaviour of the Lucene engine beyond the contract: commits, generations, degraded start.</summary>
public sealed class LuceneSearchIndexTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_change_is_committed_so_another_reader_sees_it_while_the_writer_is_still_open()
    {
        using var folder = new TempDirectory();
        await using var writer = LuceneTestEngine.Create(folder.Path);
        await writer.ReplaceDocumentAsync("А", [DocumentBuilder.Ru("А").Clause("1", "Дозиметрический контроль.").Build()], Ct);

        await using var reader = LuceneTestEngine.Create(folder.Path);
        var results = await reader.SearchAsync(new SearchQuery { Text = "дозиметрический" }, Ct);

        Assert.Equal(1, results.Total);
    }

    [Fact]
    public async Task Rebuild_leaves_one_generation_named_by_the_pointer()
    {
        using var folder = new TempDirectory();
        await using var index = LuceneTestEngine.Create(folder.Path);
        await index.ReplaceDocumentAsync("А", [DocumentBuilder.Ru("А").Clause("1", "Текст.").Build()], Ct);

        await index.RebuildAsync(new[] { DocumentBuilder.Ru("Б").Clause("1", "Текст.").Build() }.ToAsyncEnumerable(), Ct);

        var generations = Directory.GetDirectories(index.IndexRoot, "g*").Select(Path.GetFileName).ToList();
        Assert.Equal([File.ReadAllText(Path.Combine(index.IndexRoot, "CURRENT")).Trim()], generations);
    }

    [Fact]
    public async Task Without_the_dictionary_the_engine_works_with_snowball_and_says_so()
    {
        using var folder = new TempDirectory();
        await using var index = LuceneTestEngine.Create(folder.Path, dictionary: "/nonexistent/ru_RU.dic");
        await index.ReplaceDocumentAsync("А", [DocumentBuilder.Ru("А").Clause("1", "Пределы доз персонала.").Build()], Ct);

        var results = await index.SearchAsync(new SearchQuery { Text = "пределов" }, Ct);
        // Snowball stems "персоналом" and "персонала" apart; the form is found only as the nearest spelling.
        var stemmedApart = await index.SearchAsync(new SearchQuery { Text = "персоналом" }, Ct);

        Assert.Equal(1, stemmedApart.Total);
        Assert.Equal("snowball", index.Health.RussianMorphology);
        Assert.True(index.Health.Degraded);
        Assert.Contains(index.Health.Warnings, w => w.Contains("hunspell-ru", StringComparison.Ordinal));
        Assert.Equal(1, results.Total);
    }
}
