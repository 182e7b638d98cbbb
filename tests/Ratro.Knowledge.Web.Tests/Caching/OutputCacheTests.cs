using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Editing;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Caching;

/// <summary>
/// Anonymous document pages are served from the output cache (a cached response carries an Age header) until a
/// document or the site's content changes; nobody else's responses are cached, and languages are never mixed.
/// </summary>
public sealed class OutputCacheTests
{
    private static readonly string DraftSearch = "/search?q=" + Uri.EscapeDataString(Library.DraftQuery);
    private static readonly string MembersSearch = "/search?q=" + Uri.EscapeDataString(Library.MembersQuery);

    [Fact]
    public async Task An_anonymous_page_comes_from_the_cache_until_a_document_changes()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateClient();

        using var first = await client.GetAsync("/documents", SiteClient.Cancel);
        using var second = await client.GetAsync("/documents", SiteClient.Cancel);
        await StoreSeed.SeedAsync(site, StoreSeed.Make("МУ 2.6.1.4242-25", DocumentType.MethodicalGuideline, DateTimeOffset.UtcNow));
        using var third = await client.GetAsync("/documents", SiteClient.Cancel);

        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"));
        Assert.Equal(await first.Content.ReadAsStringAsync(SiteClient.Cancel), await second.Content.ReadAsStringAsync(SiteClient.Cancel));
        Assert.False(third.Headers.Contains("Age"));
        Assert.Contains("МУ 2.6.1.4242-25", await third.Content.ReadAsStringAsync(SiteClient.Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_unpublishing_and_deleting_show_on_the_next_request()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateClient();
        var editor = site.Services.GetRequiredService<DocumentEditor>();
        var store = site.Services.GetRequiredService<DocumentStore>();
        var draft = (await store.FindAsync(Library.Draft, SiteClient.Cancel))!;
        var english = (await store.FindAsync(Library.PublicEn, SiteClient.Cancel))!;
        await Twice(client, "/documents", DraftSearch);

        await editor.PublishAsync(draft.Id, "editor@ratro.test", SiteClient.Cancel);
        var published = await client.GetStringAsync("/documents", SiteClient.Cancel);
        var found = await client.GetStringAsync(DraftSearch, SiteClient.Cancel);
        await Twice(client, "/documents");
        await editor.UnpublishAsync(draft.Id, SiteClient.Cancel);
        var unpublished = await client.GetStringAsync("/documents", SiteClient.Cancel);
        await Twice(client, "/documents");
        await editor.DeleteAsync(english.Id, SiteClient.Cancel);
        var deleted = await client.GetStringAsync("/documents", SiteClient.Cancel);

        Assert.Contains(Library.Draft, published, StringComparison.Ordinal);
        Assert.Contains(Library.DraftMarker, found, StringComparison.Ordinal);
        Assert.DoesNotContain(Library.Draft, unpublished, StringComparison.Ordinal);
        Assert.Contains(Library.PublicEn, unpublished, StringComparison.Ordinal);
        Assert.DoesNotContain(Library.PublicEn, deleted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Editor)]
    public async Task What_a_signed_in_visitor_saw_never_reaches_an_anonymous_one_from_the_cache(string role)
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var visitor = await Visitors.ClientAsync(site, role);
        var anonymous = site.CreateClient();
        var urls = new[] { "/", "/documents", MembersSearch, DraftSearch, "/documents/" + Library.Slug(Library.Members), "/glossary" };

        foreach (var url in urls)
        {
            using var seen = await visitor.GetAsync(url, SiteClient.Cancel);
            using var again = await visitor.GetAsync(url, SiteClient.Cancel);
            Assert.False(again.Headers.Contains("Age"), url);
        }

        Assert.Contains(Library.MembersMarker, await visitor.GetStringAsync(MembersSearch, SiteClient.Cancel), StringComparison.Ordinal);
        foreach (var url in urls)
        {
            for (var i = 0; i < 2; i++)
            {
                var (_, body) = await Visitors.GetAsync(anonymous, url);
                Assert.All(Library.HiddenMarkers, marker => Assert.DoesNotContain(marker, body, StringComparison.Ordinal));
                Assert.DoesNotContain(Library.Draft, body, StringComparison.Ordinal);
                Assert.DoesNotContain(Library.Restricted, body, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/documents")]
    [InlineData("/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9")]
    public async Task Signed_in_and_keyed_callers_never_get_the_anonymous_copy(string url)
    {
        await using var site = new SiteFactory(Visitors.ApiKeys());
        await Library.SeedAsync(site);
        var anonymous = site.CreateClient();
        await Twice(anonymous, url);

        var member = await Visitors.ClientAsync(site, Roles.Member);
        using var signedIn = await member.GetAsync(url, SiteClient.Cancel);
        using var keyed = await Visitors.WithKey(site, Visitors.MemberKey).GetAsync(url, SiteClient.Cancel);

        Assert.False(signedIn.Headers.Contains("Age"));
        Assert.False(keyed.Headers.Contains("Age"));
        Assert.Contains(Library.Members, await signedIn.Content.ReadAsStringAsync(SiteClient.Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/documents")]
    [InlineData("/api/v1/search?q=dosimetry")]
    [InlineData("/sitemap.xml")]
    public async Task The_api_and_the_sitemap_are_never_cached(string url)
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateClient();
        await client.GetStringAsync(url, SiteClient.Cancel);

        using var second = await client.GetAsync(url, SiteClient.Cancel);

        Assert.True(second.IsSuccessStatusCode, $"{url}: {(int)second.StatusCode}");
        Assert.False(second.Headers.Contains("Age"), url);
    }

    [Fact]
    public async Task Publishing_a_news_item_or_a_page_drops_the_cached_pages()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateClient();
        await Twice(client, "/documents", "/");

        await Content.CreateAsync(site, ContentType.News, "cache-news", "ru", "Новость о кэше");
        using var afterNews = await client.GetAsync("/documents", SiteClient.Cancel);
        var home = await client.GetStringAsync("/", SiteClient.Cancel);
        await Twice(client, "/documents");
        var page = await Content.CreateAsync(site, ContentType.Page, "cache-page", "ru", "Страница", publish: false);
        using var afterDraft = await client.GetAsync("/documents", SiteClient.Cancel);
        await Content.WithServiceAsync(site, s => s.PublishAsync(page.Id, null, "editor@ratro.test", SiteClient.Cancel));
        using var afterPage = await client.GetAsync("/documents", SiteClient.Cancel);

        Assert.False(afterNews.Headers.Contains("Age"));
        Assert.Contains("Новость о кэше", home, StringComparison.Ordinal);
        Assert.True(afterDraft.Headers.Contains("Age"), "a draft changes nothing on the site");
        Assert.False(afterPage.Headers.Contains("Age"));
    }

    [Fact]
    public async Task The_language_is_part_of_the_cache_key()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateBrowserlikeClient();
        await Twice(client, "/glossary");

        using var switched = await client.GetAsync("/culture/en?returnUrl=%2Fglossary", SiteClient.Cancel);
        var english = await Html.GetAsync(client, "/glossary");
        var englishAgain = await Html.GetAsync(client, "/glossary");
        var russian = await Html.GetAsync(site.CreateClient(), "/glossary");

        Assert.Equal("Glossary", Html.Text(english, "main h1"));
        Assert.Equal("Glossary", Html.Text(englishAgain, "main h1"));
        Assert.Equal("Глоссарий", Html.Text(russian, "main h1"));
    }

    [Fact]
    public async Task Zero_seconds_turns_the_cache_off()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["OutputCache:Seconds"] = "0" });
        await Library.SeedAsync(site);
        var client = site.CreateClient();
        await client.GetStringAsync("/documents", SiteClient.Cancel);

        using var second = await client.GetAsync("/documents", SiteClient.Cancel);

        Assert.False(second.Headers.Contains("Age"));
    }

    /// <summary>Requests each page twice, so the second copy is the one in the cache; asserts the cache served it.</summary>
    private static async Task Twice(HttpClient client, params string[] urls)
    {
        foreach (var url in urls)
        {
            await client.GetStringAsync(url, SiteClient.Cancel);
            using var cached = await client.GetAsync(url, SiteClient.Cancel);
            Assert.True(cached.Headers.Contains("Age"), $"{url} was not served from the cache");
        }
    }
}
