using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Documents;

public sealed class ClauseKeysTests
{
    [Theory]
    [InlineData("§ 20.1201(a)(1)(i)", "20.1201(a)(1)(i)")]
    [InlineData("20.1201(a)", "20.1201(a)")]
    [InlineData("1)", "1")]
    [InlineData("3.1.2.", "3.1.2")]
    [InlineData("п. 3.1.2", "3.1.2")]
    public void Closing_parentheses_are_kept_when_they_close_a_paragraph(string identifier, string key)
    {
        Assert.Equal(key, ClauseKeys.Normalize(identifier));
    }

    [Theory]
    [InlineData("статьей 9", "article:9")]
    [InlineData("статьями 9", "article:9")]
    [InlineData("частью 2", "part:2")]
    [InlineData("частях 2", "part:2")]
    [InlineData("пунктами 2", "2")]
    [InlineData("подпунктом а", "а")]
    [InlineData("приложению 4", "annex:4")]
    [InlineData("приложениях 4", "annex:4")]
    [InlineData("таблицей 3.1", "table:3.1")]
    [InlineData("разделе 5", "section:5")]
    [InlineData("подразделе 8.7", "section:8.7")]
    [InlineData("главой 2", "chapter:2")]
    [InlineData("абзаце 2", "paragraph:2")]
    [InlineData("рис. 3", "figure:3")]
    [InlineData("Fig. 3", "figure:3")]
    [InlineData("Tables 4", "table:4")]
    [InlineData("Requirements 37", "requirement:37")]
    [InlineData("Appendices A", "annex:a")]
    public void Case_forms_and_plurals_name_their_kind(string identifier, string key)
    {
        Assert.Equal(key, ClauseKeys.Normalize(identifier));
    }
}
