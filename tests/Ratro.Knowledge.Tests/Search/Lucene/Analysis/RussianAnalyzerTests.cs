using Ratro.Knowledge.Search.Lucene.Analysis;
using Ratro.Knowledge.Tests.Search.Lucene;

namespace Ratro.Knowledge.Tests.Search.Lucene.Analysis;

/// <summary>
/// Every inflected form of a word of this field must index as one term. The forms are data
/// (russian-forms.tsv beside this file); the same data measures plain Snowball against Hunspell with fallback.
/// </summary>
public sealed class RussianAnalyzerTests
{
    private static IReadOnlyList<(string Family, string[] Forms)> Families() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Search", "Lucene", "Analysis", "russian-forms.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    [Fact]
    public void The_test_set_has_at_least_forty_forms()
    {
        Assert.True(Families().Sum(f => f.Forms.Length) >= 40);
    }

    [Fact]
    public void Hunspell_maps_every_family_to_one_term()
    {
        LuceneTestEngine.RequireDictionary();
        using var analyzer = new RussianAnalyzer(RussianMorphology.TryLoad(LuceneTestEngine.DictionaryPath, out _));

        foreach (var (family, forms) in Families())
        {
            var terms = forms.Select(f => Assert.Single(SearchAnalyzers.Terms(analyzer, f))).Distinct().ToList();
            Assert.True(terms.Count == 1, $"{family}: {string.Join(", ", forms.Zip(forms.Select(f => SearchAnalyzers.Terms(analyzer, f)[0]), (f, t) => $"{f}→{t}"))}");
        }
    }

    [Fact]
    public void Hunspell_agrees_with_itself_more_than_snowball_and_the_numbers_are_reported()
    {
        LuceneTestEngine.RequireDictionary();
        using var hunspell = new RussianAnalyzer(RussianMorphology.TryLoad(LuceneTestEngine.DictionaryPath, out _));
        using var snowball = new RussianAnalyzer(null);

        var h = Agreement(hunspell);
        var s = Agreement(snowball);
        TestContext.Current.SendDiagnosticMessage(
            $"Russian forms: Hunspell {h.Families}/{h.Total} families one term, {h.Forms}/{h.FormTotal} forms on the family's main term; " +
            $"Snowball {s.Families}/{s.Total}, {s.Forms}/{s.FormTotal}");

        Assert.True(h.Forms > s.Forms, $"hunspell {h.Forms}, snowball {s.Forms}");
        Assert.True(s.Families < s.Total, "the test set no longer shows the Snowball inconsistency it was written for");
    }

    [Theory]
    [InlineData("облучённый", "облученный")]
    [InlineData("Ёмкость", "емкость")]
    public void Yo_is_folded_before_stemming(string a, string b)
    {
        using var analyzer = new RussianAnalyzer(RussianMorphology.TryLoad(LuceneTestEngine.DictionaryPath, out _));
        Assert.Equal(SearchAnalyzers.Terms(analyzer, a), SearchAnalyzers.Terms(analyzer, b));
    }

    [Fact]
    public void Words_the_dictionary_lacks_fall_back_to_snowball()
    {
        LuceneTestEngine.RequireDictionary();
        using var analyzer = new RussianAnalyzer(RussianMorphology.TryLoad(LuceneTestEngine.DictionaryPath, out _));

        var terms = new[] { "брахитерапевтического", "брахитерапевтическая" }.Select(w => Assert.Single(SearchAnalyzers.Terms(analyzer, w))).ToList();

        Assert.Equal(terms[0], terms[1]);
        Assert.NotEqual("брахитерапевтического", terms[0]);
    }

    [Fact]
    public void A_missing_dictionary_is_reported_and_snowball_is_used()
    {
        var morphology = RussianMorphology.TryLoad("/nonexistent/ru_RU.dic", out var problem);

        Assert.Null(morphology);
        Assert.Contains("hunspell-ru", problem);
        using var analyzer = new RussianAnalyzer(morphology);
        Assert.Equal(["персонал"], SearchAnalyzers.Terms(analyzer, "персоналом"));
    }

    private static (int Families, int Total, int Forms, int FormTotal) Agreement(RussianAnalyzer analyzer)
    {
        var families = Families();
        var (one, forms, total) = (0, 0, 0);
        foreach (var (_, words) in families)
        {
            var terms = words.Select(w => string.Join('+', SearchAnalyzers.Terms(analyzer, w))).ToList();
            var main = terms.GroupBy(t => t).MaxBy(g => g.Count())!;
            one += terms.Distinct().Count() == 1 ? 1 : 0;
            forms += main.Count();
            total += words.Length;
        }

        return (one, families.Count, forms, total);
    }
}
