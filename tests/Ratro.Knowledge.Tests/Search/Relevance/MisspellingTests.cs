using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Lucene;
using Ratro.Knowledge.Tests.Search.Lucene;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>A query word that occurs nowhere in the index also matches the indexed words nearest to it in spelling.</summary>
public sealed class MisspellingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("радиацонная безопасность", "РУС")]
    [InlineData("дозиметрческий контроль", "РУС")]
    [InlineData("рентгеновскх кабинетов", "РУС")]
    [InlineData("brachytherapy sorce", "ENG")]
    [InlineData("shieldng design", "ENG")]
    [InlineData("smal fields", "ENG")]
    public async Task Misspelled_words_find_the_document_with_the_right_spelling(string query, string expected)
    {
        LuceneTestEngine.RequireDictionary();
        await using var index = await SeedAsync();

        var results = await index.Index.SearchAsync(new SearchQuery { Text = query }, Ct);

        Assert.Equal(expected, results.Hits.First().Canonical);
        Assert.False(results.Explanation.Relaxed);
    }

    [Fact]
    public async Task A_word_spelled_right_is_not_corrected()
    {
        LuceneTestEngine.RequireDictionary();
        await using var index = await SeedAsync();

        // "force" is indexed, so it is not taken for a misspelled "source".
        var results = await index.Index.SearchAsync(new SearchQuery { Text = "force" }, Ct);

        Assert.Equal(["ENG"], results.Hits.Select(h => h.Canonical));
        Assert.DoesNotContain(results.Hits.SelectMany(h => h.Clauses), c => c.Snippet.Contains("<mark>sources</mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("квазар")]
    [InlineData("zebra")]
    [InlineData("abc")]
    public async Task A_word_far_from_every_indexed_word_still_finds_nothing(string query)
    {
        await using var index = await SeedAsync();

        var results = await index.Index.SearchAsync(new SearchQuery { Text = query }, Ct);

        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData("радиация", "радиацья", 1, 1)]
    [InlineData("source", "sorce", 1, 1)]
    [InlineData("shield", "shieldng", 2, 2)]
    [InlineData("shield", "shieldingg", 2, 3)]
    [InlineData("abc", "abc", 0, 0)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 1, 2)]
    public void Edit_distance_is_exact_up_to_its_bound(string a, string b, int bound, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, bound));
    }

    [Theory]
    [InlineData("радиационный", "радиацион")]
    [InlineData("радиацонная", "радиацон")]
    [InlineData("source", "source")]
    public void Cyrillic_words_are_compared_by_their_snowball_stem(string word, string key)
    {
        Assert.Equal(key, SpellingVocabulary.Key(word));
    }

    private static async Task<TestIndex> SeedAsync()
    {
        var folder = new TempDirectory();
        var index = LuceneTestEngine.Create(folder.Path);
        await index.ReplaceDocumentAsync("РУС", [DocumentBuilder.Ru("РУС")
            .Clause("1", "Радиационная безопасность персонала обеспечивается дозиметрическим контролем.")
            .Clause("2", "Требования к размещению рентгеновских кабинетов.")
            .Build()], Ct);
        await index.ReplaceDocumentAsync("ENG", [DocumentBuilder.En("ENG")
            .Clause("1", "Brachytherapy sources are leak-tested; the force of the spring is checked.")
            .Clause("2", "Structural shielding design for small fields.")
            .Build()], Ct);
        return new TestIndex(index, folder);
    }
}
