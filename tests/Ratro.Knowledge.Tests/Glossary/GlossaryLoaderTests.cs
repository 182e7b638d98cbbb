using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Glossary;

public sealed class GlossaryLoaderTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Glossary", "glossary-fixture.tsv");

    [Fact]
    public async Task Reads_terms_synonyms_and_abbreviations()
    {
        var glossary = await GlossaryLoader.LoadAsync(Fixture, TestContext.Current.CancellationToken);

        Assert.Null(glossary.Problem);
        Assert.Equal(4, glossary.Terms.Count);
        var linac = glossary.Terms.Single(t => t.Key == "linac");
        Assert.Equal("линейный ускоритель электронов", linac.TermRu);
        Assert.Equal("linear accelerator", linac.TermEn);
        Assert.Equal(["медицинский ускоритель"], linac.SynonymsRu);
        Assert.Equal(["linac"], linac.SynonymsEn);
        Assert.Equal(["ЛУЭ", "LINAC"], linac.Abbreviations);
        Assert.Empty(glossary.Terms.Single(t => t.Key == "effective_dose").Abbreviations);
    }

    [Fact]
    public async Task An_absent_file_gives_an_empty_glossary_with_the_reason()
    {
        var glossary = await GlossaryLoader.LoadAsync("/nonexistent/glossary.tsv", TestContext.Current.CancellationToken);

        Assert.Empty(glossary.Terms);
        Assert.Contains("not found", glossary.Problem);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order()
    {
        var glossary = GlossaryLoader.Parse(["term_en\tkey\tterm_ru\tabbreviations", "dose\td\tдоза\tД;D"], "inline");

        Assert.Equal(("d", "доза", "dose"), (glossary.Terms[0].Key, glossary.Terms[0].TermRu, glossary.Terms[0].TermEn));
        Assert.Equal(["Д", "D"], glossary.Terms[0].Abbreviations);
    }

    [Theory]
    [InlineData("key\tterm_ru\n", "term_en")]
    [InlineData("key\tterm_ru\tterm_en\nx\tа\ta\nx\tб\tb", "twice")]
    [InlineData("key\tterm_ru\tterm_en\nx\t\t", "neither")]
    public void Malformed_files_name_the_problem(string text, string expected)
    {
        var error = Assert.Throws<GlossaryFormatException>(() => GlossaryLoader.Parse(text.Split('\n'), "bad.tsv"));

        Assert.Contains(expected, error.Message);
        Assert.Contains("bad.tsv", error.Message);
    }

    [Fact]
    public void Expansion_matches_inflected_forms_and_adds_the_other_language()
    {
        var glossary = GlossaryLoader.Load(Fixture);
        static IReadOnlyList<string> Analyze(string text, string language) =>
            text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 6 ? w[..6] : w).ToList();
        var expander = new GlossaryExpander(glossary, Analyze);

        var expansions = expander.Expand(new Dictionary<string, IReadOnlyList<string>>
        {
            ["ru"] = Analyze("поверка линейного ускорителя электронов", "ru"),
            ["en"] = [],
        });

        Assert.Contains(expansions, e => e is { Text: "linear accelerator", Language: "en", Weight: GlossaryExpander.TranslationWeight });
        Assert.Contains(expansions, e => e is { Text: "linac", Language: "en", Weight: GlossaryExpander.SynonymWeight });
        Assert.Contains(expansions, e => e is { Text: "ЛУЭ", Language: "ru" });
        Assert.Contains(expansions, e => e is { Text: "LINAC", Language: "en" });
        Assert.DoesNotContain(expansions, e => e.TermKey == "mlc");
    }

    [Fact]
    public void Abbreviation_in_a_query_expands_both_ways()
    {
        var glossary = GlossaryLoader.Load(Fixture);
        static IReadOnlyList<string> Analyze(string text, string language) => text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expander = new GlossaryExpander(glossary, Analyze);

        var fromLatin = expander.Expand(new Dictionary<string, IReadOnlyList<string>> { ["ru"] = ["mlc"], ["en"] = ["mlc"] });
        var fromCyrillic = expander.Expand(new Dictionary<string, IReadOnlyList<string>> { ["ru"] = ["млк"], ["en"] = ["млк"] });

        Assert.Contains(fromLatin, e => e.Text == "многолепестковый коллиматор");
        Assert.Contains(fromLatin, e => e.Text == "МЛК");
        Assert.Contains(fromCyrillic, e => e.Text == "multileaf collimator");
        Assert.Contains(fromCyrillic, e => e.Text == "MLC");
    }
}
