using Ratro.Knowledge.Web.Pages.Ask;

namespace Ratro.Knowledge.Web.Tests.Answers;

public sealed class AnswerMarkupTests
{
    [Theory]
    [InlineData("Согласно X: «20 мЗв» [1].", 1, "Согласно X: «20 мЗв» <a class=\"citation-marker\" href=\"#citation-1\">[1]</a>.")]
    [InlineData("A [1], B [2]; C [3].", 2, "A <a class=\"citation-marker\" href=\"#citation-1\">[1]</a>, B <a class=\"citation-marker\" href=\"#citation-2\">[2]</a>; C [3].")]
    [InlineData("<script>alert(1)</script> [1]", 1, "&lt;script&gt;alert(1)&lt;/script&gt; <a class=\"citation-marker\" href=\"#citation-1\">[1]</a>")]
    [InlineData("Таблица [0] и [12]", 3, "Таблица [0] и [12]")]
    public void Markers_of_existing_citations_become_links_and_the_rest_is_encoded_text(string text, int citations, string html)
    {
        using var writer = new StringWriter();
        AnswerMarkup.Render(text, citations).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal(html, writer.ToString());
    }
}
