using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

public abstract partial class SearchIndexContractTests
{
    private static NormativeDocument[] DesignatedCorpus() =>
    [
        DocumentBuilder.Ru("НРБ-99/2009").Canonical("СанПиН 2.6.1.2523-09").Alias("НРБ-99/2009")
            .Title("Нормы радиационной безопасности").Clause("3.1.2", "Пределы доз персонала группы А: 20 мЗв в год.").Build(),
        DocumentBuilder.En("IEC 60601-2-1:2020").Title("Particular requirements for electron accelerators")
            .Clause("201.10", "Protection against unwanted radiation from the accelerator.").Build(),
        DocumentBuilder.En("IAEA TRS-398").Title("Absorbed dose determination in external beam radiotherapy")
            .Clause("4.2", "Reference conditions for the determination of absorbed dose to water.").Build(),
        DocumentBuilder.Ru("ОБЗОР").Title("Обзор норм")
            .Clause("1", "Ссылки: НРБ-99/2009, IEC 60601-2-1, TRS-398 и пределы доз персонала.").Build(),
    ];

    [Theory]
    [InlineData("НРБ-99/2009", "СанПиН 2.6.1.2523-09")]
    [InlineData("нрб 99/2009", "СанПиН 2.6.1.2523-09")]
    [InlineData("НРБ–99 / 2009", "СанПиН 2.6.1.2523-09")]
    [InlineData("санпин 2.6.1.2523-09", "СанПиН 2.6.1.2523-09")]
    [InlineData("iec 60601-2-1", "IEC 60601-2-1:2020")]
    [InlineData("IEC 60601-2-1:2020", "IEC 60601-2-1:2020")]
    [InlineData("TRS 398", "IAEA TRS-398")]
    [InlineData("iaea trs-398", "IAEA TRS-398")]
    public async Task Designation_in_any_written_form_ranks_its_document_first(string query, string expected)
    {
        await using var index = await SeedAsync(DesignatedCorpus());

        var results = await index.Index.SearchAsync(Q(query), Ct);

        Assert.Equal(expected, results.Hits[0].Canonical);
        Assert.True(results.Hits[0].DesignationMatched);
        Assert.Contains(expected, results.Explanation.Designations);
    }

    [Fact]
    public async Task Designation_with_words_shows_the_matching_clauses_of_that_document()
    {
        await using var index = await SeedAsync(DesignatedCorpus());

        var results = await index.Index.SearchAsync(Q("нрб 99/2009 пределы доз"), Ct);

        var first = results.Hits[0];
        Assert.Equal("СанПиН 2.6.1.2523-09", first.Canonical);
        Assert.Equal("3.1.2", Assert.Single(first.Clauses).Number);
        Assert.Contains("ОБЗОР", Canonicals(results));
    }

    [Fact]
    public async Task Unknown_designation_like_text_is_searched_as_words()
    {
        await using var index = await SeedAsync(DesignatedCorpus());

        var results = await index.Index.SearchAsync(Q("ГОСТ 12345-2001"), Ct);

        Assert.Empty(results.Explanation.Designations);
        Assert.DoesNotContain(results.Hits, h => h.DesignationMatched);
    }
}
