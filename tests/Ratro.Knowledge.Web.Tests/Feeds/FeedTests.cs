using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Editing;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Feeds;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_documents_feed_lists_public_documents_newest_first()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var feed = await GetXmlAsync(site, "/feeds/documents.atom", "application/atom+xml");

        var titles = feed.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "title")!).ToList();
        Assert.Equal(2, titles.Count);
        Assert.StartsWith(Library.PublicEn, titles[0], StringComparison.Ordinal);
        Assert.StartsWith(Library.PublicRu, titles[1], StringComparison.Ordinal);
        Assert.Equal($"http://localhost/documents/{Library.Slug(Library.PublicEn)}",
            (string)feed.Root.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href")!);
        Assert.Equal("http://localhost/feeds/documents.atom", (string)feed.Root.Element(Atom + "id")!);
    }

    [Fact]
    public async Task The_status_feed_lists_status_changes_and_new_current_editions()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var english = (await site.Services.GetRequiredService<Ratro.Knowledge.Storage.DocumentStore>().FindAsync(Library.PublicEn, SiteClient.Cancel))!;
        var before = await GetXmlAsync(site, "/feeds/status.atom", "application/atom+xml");

        await site.Services.GetRequiredService<DocumentEditor>().UpdateMetadataAsync(
            english.Id, MetadataEdit.From(english) with { Status = DocumentStatus.Withdrawn, StatusVerified = "2025-06-01" }, SiteClient.Cancel);
        var after = await GetXmlAsync(site, "/feeds/status.atom?culture=en", "application/atom+xml");

        Assert.Equal([$"{Library.PublicRu}: Действует"], before.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "title")!));
        Assert.Equal([$"{Library.PublicEn}: Withdrawn", $"{Library.PublicRu}: In force"], after.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "title")!));
        Assert.Contains("verified on 1 June 2025", (string)after.Root.Element(Atom + "entry")!.Element(Atom + "summary")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_public_pages_news_documents_and_their_clauses_only()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        await Content.CreateAsync(site, ContentType.News, "opening", "ru", "Открытие");
        await Content.CreateAsync(site, ContentType.Page, "about", "en", "About");
        await Content.CreateAsync(site, ContentType.Page, "hidden", "ru", "Черновик", publish: false);

        var map = await GetXmlAsync(site, "/sitemap.xml", "application/xml");

        var urls = map.Root!.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        var slug = Library.Slug(Library.PublicRu);
        Assert.Contains("http://localhost/documents", urls);
        Assert.Contains("http://localhost/glossary", urls);
        Assert.Contains("http://localhost/news/opening", urls);
        Assert.Contains("http://localhost/pages/about?culture=en", urls);
        Assert.Contains($"http://localhost/documents/{slug}", urls);
        Assert.Contains($"http://localhost/documents/{slug}/clauses/1.2", urls);
        Assert.Contains($"http://localhost/documents/{slug}/clauses/article%3A9/1", urls);
        Assert.DoesNotContain(urls, u => u.Contains("hidden", StringComparison.Ordinal));
        foreach (var hidden in new[] { Library.Members, Library.Restricted, Library.Draft })
        {
            Assert.DoesNotContain(urls, u => u.Contains(Library.Slug(hidden), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Robots_keep_crawlers_out_of_administration_accounts_api_and_search_and_point_to_the_sitemap()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Site:PublicUrl"] = "https://kb.ratro.test/" });

        var robots = await site.CreateClient().GetStringAsync("/robots.txt", SiteClient.Cancel);

        Assert.Contains("Disallow: /admin\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /api/\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /search\n", robots, StringComparison.Ordinal);
        Assert.EndsWith("Sitemap: https://kb.ratro.test/sitemap.xml\n", robots, StringComparison.Ordinal);
    }

    private static async Task<XDocument> GetXmlAsync(SiteFactory site, string url, string mediaType)
    {
        using var response = await site.CreateClient().GetAsync(url, SiteClient.Cancel);
        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync(SiteClient.Cancel));
    }
}
