using Ratro.Knowledge.References;

namespace Ratro.Knowledge.Tests.References;

/// <summary>Every clause word form the extractor recognizes reaches ClauseKeys with its kind.</summary>
public sealed class ClauseWordTests
{
    [Theory]
    [InlineData("пункт", "3")]
    [InlineData("пунктом", "3")]
    [InlineData("пунктах", "3")]
    [InlineData("п.", "3")]
    [InlineData("пп.", "3")]
    [InlineData("п.п.", "3")]
    [InlineData("статья", "article:3")]
    [InlineData("статьей", "article:3")]
    [InlineData("статьям", "article:3")]
    [InlineData("ст.", "article:3")]
    [InlineData("ст.ст.", "article:3")]
    [InlineData("часть", "part:3")]
    [InlineData("ч.", "part:3")]
    [InlineData("глава", "chapter:3")]
    [InlineData("гл.", "chapter:3")]
    [InlineData("раздел", "section:3")]
    [InlineData("разд.", "section:3")]
    [InlineData("подраздел", "section:3")]
    [InlineData("приложение", "annex:3")]
    [InlineData("прил.", "annex:3")]
    [InlineData("таблица", "table:3")]
    [InlineData("табл.", "table:3")]
    [InlineData("рисунок", "figure:3")]
    [InlineData("рис.", "figure:3")]
    [InlineData("абзац", "paragraph:3")]
    [InlineData("clause", "3")]
    [InlineData("subclause", "3")]
    [InlineData("para.", "3")]
    [InlineData("paragraph", "3")]
    [InlineData("section", "section:3")]
    [InlineData("article", "article:3")]
    [InlineData("Art.", "article:3")]
    [InlineData("chapter", "chapter:3")]
    [InlineData("annex", "annex:3")]
    [InlineData("appendix", "annex:3")]
    [InlineData("table", "table:3")]
    [InlineData("requirement", "requirement:3")]
    [InlineData("schedule", "schedule:3")]
    [InlineData("Fig.", "figure:3")]
    [InlineData("§", "3")]
    [InlineData("artigo", "article:3")]
    [InlineData("anexo", "annex:3")]
    public void The_word_reaches_clause_keys_with_its_kind(string word, string key)
    {
        var reference = Assert.Single(ReferenceExtractor.Extract($"см. {word} 3 НРБ-99/2009"));

        Assert.Equal("СанПиН 2.6.1.2523-09", reference.Target!.Canonical);
        Assert.Equal([key], reference.TargetClauses);
    }
}
