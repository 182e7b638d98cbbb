using Microsoft.Playwright;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DocumentNavigationBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task A_visitor_searches_opens_the_document_jumps_to_a_clause_and_comes_back_to_its_place()
    {
        var page = await site.NewPageAsync();
        var document = await BrowserDocuments.SeedAsync(site, "гранитную облицовку");

        await page.GotoAsync("/search");
        await page.FillAsync("#search-q", "гранитная облицовка");
        await page.ClickAsync("main form[role=search] button[type=submit]");
        await page.WaitForSelectorAsync($"li.search-hit[data-slug='{document.Slug}']");
        await BrowserSite.ScreenshotAsync(page, "search-ru");
        Assert.Contains("облицовку", await page.Locator($"li.search-hit[data-slug='{document.Slug}'] mark").AllInnerTextsAsync());

        await page.ClickAsync($"li.search-hit[data-slug='{document.Slug}'] a.hit-clause");
        await page.WaitForURLAsync(url => url.EndsWith($"/documents/{document.Slug}#p-3-1", StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#p-3-1').matches(':target')"));
        await BrowserSite.ScreenshotAsync(page, "document-ru");

        await page.ClickAsync("li#p-3-2 a.clause-number");
        await page.WaitForURLAsync(url => url.EndsWith($"/documents/{document.Slug}/clauses/3.2", StringComparison.Ordinal));
        Assert.Equal($"{document.Designation}, 3.2", await page.InnerTextAsync("main h1"));
        await BrowserSite.ScreenshotAsync(page, "clause-ru");

        await page.ClickAsync("[data-testid=back-to-anchor]");
        await page.WaitForURLAsync(url => url.EndsWith("#p-3-2", StringComparison.Ordinal));
        Assert.True(await page.Locator("li#p-3-2").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Switching_the_language_on_a_document_page_keeps_the_document_and_its_own_language()
    {
        var page = await site.NewPageAsync();
        var document = await BrowserDocuments.SeedAsync(site, "свинцовое стекло");

        await page.GotoAsync($"/documents/{document.Slug}");
        Assert.Equal("Вид документа", await page.InnerTextAsync("dd[data-field=type] >> xpath=preceding-sibling::dt[1]"));

        await page.ClickAsync("nav.language-switch a[lang=en]");
        await page.WaitForURLAsync(url => url.EndsWith($"/documents/{document.Slug}", StringComparison.Ordinal));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Kind of document", await page.InnerTextAsync("dd[data-field=type] >> xpath=preceding-sibling::dt[1]"));
        Assert.Equal("Sanitary rules", await page.InnerTextAsync("dd[data-field=type]"));
        Assert.Equal("ru", await page.GetAttributeAsync("p.document-title", "lang"));
        Assert.Equal("Санитарные правила для отделений лучевой терапии", await page.InnerTextAsync("p.document-title"));
        Assert.Equal("p. 3", await page.InnerTextAsync("li#p-3-2 .pages"));
        await BrowserSite.ScreenshotAsync(page, "document-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_anonymous_visitor_sees_a_members_documents_card_but_cannot_reach_its_clauses()
    {
        var page = await site.NewPageAsync();
        var document = await BrowserDocuments.SeedAsync(site, "бериллиевое окно", AccessLevel.Members);

        await page.GotoAsync($"/documents/{document.Slug}");
        Assert.Contains("доступен членам РАТРО", await page.InnerTextAsync("[data-testid=members-only]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("ol.clauses").CountAsync());
        await BrowserSite.ScreenshotAsync(page, "members-card-ru");

        var clause = await page.GotoAsync($"/documents/{document.Slug}/clauses/3.1");
        Assert.Equal(403, clause!.Status);
        Assert.DoesNotContain("бериллиевое", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("/account/login", await page.GetAttributeAsync("[data-testid=members-only] a", "href"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_document_pages_data_block_and_the_api_reference_run_without_policy_violations()
    {
        var page = await site.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var document = await BrowserDocuments.SeedAsync(site, "кадмиевый фильтр");

        await page.GotoAsync($"/documents/{document.Slug}");
        Assert.Equal("Legislation", await page.EvaluateAsync<string>("() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']"));
        await page.GotoAsync("/api/docs/");
        await page.GetByText("RATRO Knowledge Base API").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await BrowserSite.ScreenshotAsync(page, "api-reference");

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }
}
