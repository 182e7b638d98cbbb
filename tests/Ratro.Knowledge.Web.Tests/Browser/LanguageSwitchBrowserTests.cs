using Microsoft.Playwright;

namespace Ratro.Knowledge.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Switching_to_English_and_back_changes_the_interface_and_is_remembered()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("База знаний РАТРО", await page.InnerTextAsync("main h1"));

        await page.ClickAsync("nav.language-switch a[lang=en]");
        await page.WaitForURLAsync(url => url.EndsWith('/'));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("RATRO Knowledge Base", await page.InnerTextAsync("main h1"));
        Assert.Equal("Home", await page.InnerTextAsync("nav.main-nav a[data-nav=home]"));

        await page.GotoAsync("/news");
        Assert.Equal("News", await page.InnerTextAsync("main h1"));
        await BrowserSite.ScreenshotAsync(page, "news-en");

        await page.ClickAsync("nav.language-switch a[lang=ru]");
        await page.WaitForURLAsync(url => url.EndsWith("/news", StringComparison.Ordinal));
        Assert.Equal("Новости", await page.InnerTextAsync("main h1"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_of_the_keyboard_and_moves_focus_to_the_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
