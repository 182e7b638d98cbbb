using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

public abstract partial class SearchIndexContractTests
{
    [Fact]
    public async Task Russian_query_finds_english_text_through_the_glossary()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.En("AAPM TG-142").Clause("1", "Daily output checks of the linear accelerator.").Build(),
            DocumentBuilder.En("OTHER").Clause("1", "Shielding of rooms.").Build());

        var results = await index.Index.SearchAsync(Q("линейного ускорителя электронов"), Ct);

        Assert.Equal(["AAPM TG-142"], Canonicals(results));
        Assert.Contains("<mark>linear</mark> <mark>accelerator</mark>", results.Hits[0].Clauses[0].Snippet);
        Assert.Contains(results.Explanation.Expansions, e => e.StartsWith("linear accelerator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task English_query_finds_russian_text_through_the_glossary()
    {
        RequireRussianMorphology();
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("ПРИКАЗ").Clause("1", "Ежедневная проверка линейных ускорителей электронов.").Build(),
            DocumentBuilder.Ru("ДРУГОЙ").Clause("1", "Защита помещений.").Build());

        var results = await index.Index.SearchAsync(Q("linear accelerators"), Ct);

        Assert.Equal(["ПРИКАЗ"], Canonicals(results));
    }

    [Fact]
    public async Task Russian_abbreviation_expands_to_its_term()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("РЕГЛАМЕНТ").Clause("1", "Техническое обслуживание линейного ускорителя электронов.").Build(),
            DocumentBuilder.Ru("ДРУГОЙ").Clause("1", "Техническое обслуживание вентиляции.").Build());

        var results = await index.Index.SearchAsync(Q("ЛУЭ"), Ct);

        Assert.Equal(["РЕГЛАМЕНТ"], Canonicals(results));
    }

    [Fact]
    public async Task Latin_abbreviation_finds_the_russian_term_and_its_abbreviation()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("ТЕРМИН").Clause("1", "Проверка многолепесткового коллиматора.").Build(),
            DocumentBuilder.Ru("СОКРАЩЕНИЕ").Clause("1", "Калибровка МЛК перед облучением.").Build(),
            DocumentBuilder.Ru("ДРУГОЙ").Clause("1", "Калибровка дозиметра.").Build());

        var results = await index.Index.SearchAsync(Q("MLC"), Ct);

        Assert.Equal(["СОКРАЩЕНИЕ", "ТЕРМИН"], Canonicals(results).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Synonym_in_the_same_language_is_found_with_lower_weight()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("ТОЧНО").Clause("1", "Ввод в эксплуатацию линейного ускорителя электронов.").Build(),
            DocumentBuilder.Ru("СИНОНИМ").Clause("1", "Ввод в эксплуатацию, медицинский ускоритель.").Build());

        var results = await index.Index.SearchAsync(Q("линейный ускоритель электронов"), Ct);

        Assert.Equal(["ТОЧНО", "СИНОНИМ"], Canonicals(results));
    }
}
