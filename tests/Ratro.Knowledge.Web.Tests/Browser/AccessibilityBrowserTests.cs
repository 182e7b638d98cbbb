using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ratro.Knowledge.Web.Tests.Browser;

/// <summary>axe-core scans of the main pages in both languages (documents seeded by the test): no serious or critical violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserSite site)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "home-ru" },
        { "/?culture=en", "home-en" },
        { "/account/login", "login-form-ru" },
        { "/news/knowledge-base-opens", "news-page-ru" },
        { "/news/knowledge-base-opens?culture=en", "news-page-en" },
        { "/pages/about?culture=en", "about-en" },
        { "/pages/no-such-page", "not-found-ru" },
        { "/documents", "catalogue-ru" },
        { "/documents?culture=en&sort=date", "catalogue-en" },
        { "/search?q=%D0%B4%D0%BE%D0%B7%D0%B0", "search-results-ru" },
        { "/search?q=dose&culture=en", "search-results-en" },
        { "/glossary", "glossary-ru" },
        { "/glossary?culture=en&q=dose", "glossary-en" },
        { "{document}", "document-page-ru" },
        { "{document}?culture=en", "document-page-en" },
        { "{document}/clauses/3", "clause-page-ru" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_violations(string url, string screenshot)
    {
        var page = await site.NewPageAsync();
        var document = await BrowserDocuments.SeedAsync(site, "вольфрамовый экран");
        url = url.Replace("{document}", "/documents/" + document.Slug, StringComparison.Ordinal);

        await page.GotoAsync(url);
        await BrowserSite.ScreenshotAsync(page, screenshot);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var grave = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(grave.Count == 0, string.Join("\n", grave.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
        Assert.NotEmpty(result.Passes);
        await page.Context.CloseAsync();
    }
}
