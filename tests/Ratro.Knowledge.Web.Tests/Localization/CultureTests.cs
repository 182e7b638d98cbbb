using System.Net;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Localization;

public sealed class CultureTests
{
    public static TheoryData<string, string, string, string> PagesInBothLanguages => new()
    {
        { "/", "ru", "База знаний РАТРО", "Главная" },
        { "/?culture=en", "en", "RATRO Knowledge Base", "Home" },
        { "/news", "ru", "Новости", "Главная" },
        { "/news?culture=en", "en", "News", "Home" },
        { "/account/login", "ru", "Вход для редакторов и членов ассоциации", "Главная" },
        { "/account/login?culture=en", "en", "Sign in for editors and members", "Home" },
    };

    [Theory]
    [MemberData(nameof(PagesInBothLanguages))]
    public async Task Pages_speak_Russian_by_default_and_English_on_request(string url, string lang, string heading, string homeLink)
    {
        await using var site = new SiteFactory();

        var page = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, Html.Text(page, "main h1"));
        Assert.Equal(homeLink, Html.Text(page, "nav.main-nav a[data-nav=home]"));
        Assert.Equal(lang == "ru" ? "РАТРО · База знаний" : "RATRO · Knowledge Base", Html.Text(page, ".site-name"));
        Assert.Equal(lang == "ru" ? "Перейти к содержанию" : "Skip to content", Html.Text(page, "a.skip-link"));
    }

    [Fact]
    public async Task The_switch_stores_the_choice_in_a_cookie_and_returns_to_the_page()
    {
        await using var site = new SiteFactory();
        var client = site.CreateBrowserlikeClient();
        var home = await Html.GetAsync(client, "/news");
        var link = home.QuerySelector("nav.language-switch a[lang=en]")!.GetAttribute("href")!;

        using var switched = await client.GetAsync(link, SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/news", switched.Headers.Location!.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        var after = await Html.GetAsync(client, "/");
        Assert.Equal("en", after.DocumentElement.GetAttribute("lang"));
        Assert.Equal("true", after.QuerySelector("nav.language-switch a[lang=en]")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("/news?page=2", "/news?page=2")]
    [InlineData("//evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("", "/")]
    public async Task The_switch_returns_only_to_pages_of_the_site(string returnUrl, string expected)
    {
        await using var site = new SiteFactory();

        using var response = await site.CreateBrowserlikeClient().GetAsync($"/culture/en?returnUrl={Uri.EscapeDataString(returnUrl)}", SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_not_found()
    {
        await using var site = new SiteFactory();

        using var response = await site.CreateBrowserlikeClient().GetAsync("/culture/de?returnUrl=/", SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_page_without_a_translation_is_shown_in_the_other_language_with_a_note()
    {
        await using var site = new SiteFactory();
        await Content.CreateAsync(site, ContentType.Page, "charter", "ru", "Устав базы знаний", "Только по-русски.");

        var en = await Html.GetAsync(site.CreateClient(), "/pages/charter?culture=en");
        var ru = await Html.GetAsync(site.CreateClient(), "/pages/charter");

        Assert.Equal("Устав базы знаний", Html.Text(en, "main h1"));
        Assert.Equal("ru", en.QuerySelector("main article")!.GetAttribute("lang"));
        Assert.Equal("There is no English translation yet; the Russian text is shown.", Html.Text(en, "main article p.notice"));
        Assert.Null(ru.QuerySelector("main article p.notice"));
    }
}
