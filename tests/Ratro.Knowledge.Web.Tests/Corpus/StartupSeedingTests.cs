using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Corpus;

/// <summary>The site seeds the corpus at start, once, and keeps the search index in step with the store.</summary>
public sealed class StartupSeedingTests
{
    [Fact]
    public async Task The_first_start_seeds_the_corpus_and_indexes_it_later_starts_change_nothing()
    {
        using var corpus = SmallCorpus();
        using var data = new TempDirectory();
        var settings = Settings(corpus, seed: true);

        DateTimeOffset firstUpdate;
        await using (var first = new SiteFactory(settings, data.Path))
        {
            var page = await Html.GetAsync(first.CreateClient(), "/search?q=%D1%80%D0%B0%D0%B4%D0%BE%D0%BD");
            Assert.Equal("МУ 2.6.1.0100-20", Html.Text(page, "li.search-hit .designation"));
            firstUpdate = (await first.Services.GetRequiredService<DocumentStore>().FindAsync("МУ 2.6.1.0100-20", SiteClient.Cancel))!.UpdatedAt;
        }

        await using var second = new SiteFactory(settings, data.Path);
        var documents = await second.Services.GetRequiredService<DocumentStore>().ListAllEditionsAsync(SiteClient.Cancel);
        Assert.Equal(["МУ 2.6.1.0100-20", "МУ 2.6.1.0200-20"], documents.Select(d => d.Canonical));
        Assert.Equal(firstUpdate, documents[0].UpdatedAt);
        Assert.Equal(2, (await Count(second)).Total);
    }

    [Fact]
    public async Task Seeding_can_be_turned_off()
    {
        using var corpus = SmallCorpus();
        await using var site = new SiteFactory(Settings(corpus, seed: false));

        Assert.Empty(await site.Services.GetRequiredService<DocumentStore>().ListAllEditionsAsync(SiteClient.Cancel));
    }

    [Fact]
    public async Task A_lost_index_is_rebuilt_from_the_store_at_start()
    {
        using var corpus = SmallCorpus();
        using var data = new TempDirectory();
        await using (var first = new SiteFactory(Settings(corpus, seed: true), data.Path))
        {
            Assert.Equal(2, (await Count(first)).Total);
        }

        Directory.Delete(Path.Combine(data.Path, "index"), recursive: true);
        await using var second = new SiteFactory(Settings(corpus, seed: false), data.Path);

        Assert.Equal(2, (await Count(second)).Total);
        var page = await Html.GetAsync(second.CreateClient(), "/search?q=%D0%BA%D0%BE%D0%BB%D0%BB%D0%B8%D0%BC%D0%B0%D1%82%D0%BE%D1%80");
        Assert.Equal("МУ 2.6.1.0200-20", Html.Text(page, "li.search-hit .designation"));
    }

    private static async Task<SearchResults> Count(SiteFactory site)
    {
        _ = site.CreateClient();
        return await site.Services.GetRequiredService<ISearchIndex>().SearchAsync(
            new SearchQuery { Access = Ratro.Knowledge.Documents.AccessLevel.Restricted, IncludeDrafts = true }, SiteClient.Cancel);
    }

    private static Dictionary<string, string?> Settings(TempDirectory corpus, bool seed) => new()
    {
        ["Corpus:SeedOnStart"] = seed ? "true" : "false",
        ["Corpus:ManifestPath"] = Path.Combine(corpus.Path, "manifest.json"),
    };

    private static TempDirectory SmallCorpus()
    {
        var corpus = new TempDirectory();
        corpus.Write("manifest.json", """{ "documents": [ { "path": "documents", "pattern": "*.md" } ], "glossary": "glossary.tsv" }""");
        corpus.Write("glossary.tsv", "key\tterm_ru\tterm_en\nradon\tрадон\tradon\n");
        corpus.Write("documents/a.md", Document("МУ 2.6.1.0100-20", "Контроль радона в зданиях."));
        corpus.Write("documents/b.md", Document("МУ 2.6.1.0200-20", "Настройка коллиматора ускорителя."));
        return corpus;
    }

    private static string Document(string designation, string text) => new StringBuilder()
        .Append("---\ndesignation: ").Append(designation).Append("\ntitle_ru: \"Указания\"\ntype: methodical_guideline\nissuer: Роспотребнадзор\n")
        .Append("jurisdiction: RU\nlanguage: ru\nstatus: in_force\naccess: public\n---\n\n# Указания\n\n## 1. Требования\n\n1.1. ").Append(text).Append('\n')
        .ToString();
}
