using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReferencesAndAskBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task A_visitor_searches_opens_the_document_jumps_to_a_clause_and_follows_its_reference_to_another_documents_clause()
    {
        var page = await site.NewPageAsync();
        var (citing, cited) = await BrowserDocuments.SeedLinkedAsync(site, "гематитовую затирку");

        await page.GotoAsync("/search");
        await page.FillAsync("#search-q", "гематитовая затирка");
        await page.ClickAsync("main form[role=search] button[type=submit]");
        await page.ClickAsync($"li.search-hit[data-slug='{citing.Slug}'] a.hit-clause");
        await page.WaitForURLAsync(url => url.EndsWith($"/documents/{citing.Slug}#p-3-1", StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#p-3-1').matches(':target')"));

        var reference = page.Locator($"[data-testid=outgoing] tr[data-clause='3.1'] a[data-designation='{cited.Designation}']");
        // Everything the page loads is in before the click, so nothing moves the link under the pointer.
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await reference.ScrollIntoViewIfNeededAsync();
        await BrowserSite.ScreenshotAsync(page, "document-references-ru");
        await reference.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/documents/{cited.Slug}/clauses/5.1", StringComparison.Ordinal));
        Assert.Equal($"{cited.Designation}, 5.1", await page.InnerTextAsync("main h1"));
        await BrowserSite.ScreenshotAsync(page, "referenced-clause-ru");

        await page.GotoAsync($"/documents/{cited.Slug}?culture=en");
        Assert.Equal(1, await page.Locator("svg[data-testid=reference-graph] [role=img]").CountAsync());
        await page.ClickAsync($"svg[data-testid=reference-graph] a[data-designation='{citing.Designation}']");
        await page.WaitForURLAsync(url => url.EndsWith($"/documents/{citing.Slug}", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_visitor_asks_a_question_clicks_a_citation_and_lands_on_the_clause()
    {
        var page = await site.NewPageAsync();
        var (_, cited) = await BrowserDocuments.SeedLinkedAsync(site, "сердоликовую краску", "баритобетона");

        await page.GotoAsync("/");
        await page.FillAsync("#ask-q", "Какой плотности баритобетон для стен пультовой?");
        await page.ClickAsync("form:has(#ask-q) button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=citations]");
        await BrowserSite.ScreenshotAsync(page, "ask-flow-answer-ru");
        var citation = page.Locator("[data-testid=citations] li.citation").First;
        var key = await citation.GetAttributeAsync("data-clause");
        var href = await citation.Locator("a.citation-link").GetAttributeAsync("href");
        Assert.Equal("5.1", key);
        Assert.Equal($"/documents/{cited.Slug}#p-5-1", href);

        await citation.Locator("a.citation-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("#p-5-1", StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#p-5-1').matches(':target')"));
        Assert.Contains("2,3 г/см³", await page.InnerTextAsync("#p-5-1"), StringComparison.Ordinal);
        Assert.Equal(cited.Designation, await page.InnerTextAsync("main h1 .designation"));
        await BrowserSite.ScreenshotAsync(page, "ask-citation-target-ru");
        await page.Context.CloseAsync();
    }
}
