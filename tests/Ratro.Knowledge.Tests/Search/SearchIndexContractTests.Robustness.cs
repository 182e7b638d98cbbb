using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

public abstract partial class SearchIndexContractTests
{
    public static TheoryData<string> TypedNoise() =>
    [
        "\"пределы доз", "пределы доз\"", "\"", "\"\"", "((доза", "доза))]", "[{}]", "AND", "OR OR", "доза AND", "- - -", "-", "--доза",
        "*", "доза*", "?", "~", "^", "\\", "\u0000\u0007доза\u001b", "NOT", "type:", ":", "::доза", "dose доза δόση 剂量", "🙂 доза",
        "НРБ-99/2009 AND OR -", "\"-\"", "-\"\"", "lang:", "year:", "ics:", "   ", "\t\n", "&lt;script&gt;", "<script>alert(1)</script>",
        "\ud800", "a", "10000000000", "п.п. 3.1.2", "%", "' OR 1=1 --",
    ];

    [Theory]
    [MemberData(nameof(TypedNoise))]
    public async Task Any_typed_text_gives_results_or_a_clear_query_error(string text)
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("НРБ-99/2009").Clause("1", "Пределы доз персонала.").Build(),
            DocumentBuilder.En("E").Clause("1", "Dose limits.").Build());

        try
        {
            var results = await index.Index.SearchAsync(Q(text), Ct);
            Assert.True(results.Total >= results.Hits.Count);
        }
        catch (SearchQueryException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
    }

    [Fact]
    public async Task Ten_thousand_characters_give_a_clear_message()
    {
        await using var index = await SeedAsync(DocumentBuilder.Ru("А").Clause("1", "Доза.").Build());

        var error = await Assert.ThrowsAsync<SearchQueryException>(() => index.Index.SearchAsync(Q(new string('д', 10_000)), Ct));

        Assert.Contains("10000", error.Message);
        Assert.Contains("too long", error.Message);
    }

    [Fact]
    public async Task Long_mixed_query_under_the_limit_runs()
    {
        await using var index = await SeedAsync(DocumentBuilder.Ru("А").Clause("1", "Пределы доз персонала.").Build());
        var text = string.Join(' ', Enumerable.Repeat("пределы доз dose limits 3.1.2 -шум \"персонала группы\"", 15));

        var results = await index.Index.SearchAsync(Q(text), Ct);

        Assert.Equal(1, results.Total);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 10)]
    [InlineData(0, 100_000)]
    public async Task Invalid_paging_is_a_query_error(int offset, int limit)
    {
        await using var index = await SeedAsync(DocumentBuilder.Ru("А").Clause("1", "Доза.").Build());

        await Assert.ThrowsAsync<SearchQueryException>(() => index.Index.SearchAsync(Q("доза") with { Offset = offset, Limit = limit }, Ct));
    }

    [Fact]
    public async Task Empty_query_lists_every_visible_document()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("А").Clause("1", "Один.").Build(),
            DocumentBuilder.Ru("Б").Clause("1", "Два.").Build(),
            DocumentBuilder.Ru("В").Access(Ratro.Knowledge.Documents.AccessLevel.Members).Clause("1", "Три.").Build());

        var results = await index.Index.SearchAsync(Q(""), Ct);

        Assert.Equal(2, results.Total);
        Assert.All(results.Hits, h => Assert.Empty(h.Clauses));
    }
}
