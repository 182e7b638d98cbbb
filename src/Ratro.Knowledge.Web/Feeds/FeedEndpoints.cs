using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Data;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Feeds;

/// <summary>
/// <c>/feeds/documents.atom</c> (new documents), <c>/feeds/status.atom</c> (status and current-edition changes),
/// <c>/sitemap.xml</c> and <c>/robots.txt</c>. All of them show the public view only (see <see cref="PublicDocuments"/>).
/// </summary>
public static class FeedEndpoints
{
    public const string DocumentsFeed = "/feeds/documents.atom";
    public const string StatusFeed = "/feeds/status.atom";

    public static WebApplication MapRatroFeeds(this WebApplication app)
    {
        app.MapGet(DocumentsFeed, async (HttpContext context, PublicDocuments documents, IOptions<PublicSiteOptions> site, CancellationToken cancellationToken) =>
        {
            var baseUrl = site.Value.BaseUrl(context.Request);
            var entries = FeedEntries.NewDocuments(await documents.ListAsync(cancellationToken), baseUrl);
            return Feed(context, AtomWriter.Write(baseUrl + DocumentsFeed, FeedText.NewDocuments, baseUrl + DocumentsFeed, baseUrl + "/documents", Cultures.Current, entries));
        }).AllowAnonymous().CacheOutput(AnonymousPagePolicy.Name);
        app.MapGet(StatusFeed, async (HttpContext context, PublicDocuments documents, IOptions<PublicSiteOptions> site, CancellationToken cancellationToken) =>
        {
            var baseUrl = site.Value.BaseUrl(context.Request);
            var entries = FeedEntries.StatusChanges(await documents.ListAsync(cancellationToken), baseUrl);
            return Feed(context, AtomWriter.Write(baseUrl + StatusFeed, FeedText.StatusChanges, baseUrl + StatusFeed, baseUrl + "/documents", Cultures.Current, entries));
        }).AllowAnonymous().CacheOutput(AnonymousPagePolicy.Name);
        app.MapGet("/sitemap.xml", SitemapAsync).AllowAnonymous();
        app.MapGet("/robots.txt", (HttpContext context, IOptions<PublicSiteOptions> site) =>
            Results.Text(Robots(site.Value.BaseUrl(context.Request)), "text/plain; charset=utf-8")).AllowAnonymous();
        return app;
    }

    public static string Robots(string baseUrl) =>
        "User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /api/\nDisallow: /search\nDisallow: /culture/\n\n" +
        $"Sitemap: {baseUrl}/sitemap.xml\n";

    private static async Task<IResult> SitemapAsync(
        HttpContext context, PublicDocuments documents, WebDbContext db, IOptions<PublicSiteOptions> site, CancellationToken cancellationToken)
    {
        var baseUrl = site.Value.BaseUrl(context.Request);
        var urls = new List<(string, DateTimeOffset?)>
        {
            (baseUrl + "/", null), (baseUrl + "/documents", null), (baseUrl + "/glossary", null), (baseUrl + "/news", null),
        };
        var content = await db.ContentItems.AsNoTracking().Where(i => i.PublishedVersionId != null)
            .Select(i => new { i.Type, i.Slug, i.Culture }).ToListAsync(cancellationToken);
        urls.AddRange(content
            .OrderBy(i => i.Type).ThenBy(i => i.Slug, StringComparer.Ordinal).ThenBy(i => i.Culture, StringComparer.Ordinal)
            .Select(i => ($"{baseUrl}/{(i.Type == ContentType.News ? "news" : "pages")}/{i.Slug}{(i.Culture == Cultures.Default ? "" : "?culture=" + i.Culture)}", (DateTimeOffset?)null)));
        var list = await documents.ListAsync(cancellationToken);
        var keys = (await documents.ClauseKeysAsync(list, cancellationToken)).ToLookup(k => k.DocumentId, k => k.Key);
        foreach (var document in list)
        {
            urls.Add((baseUrl + DocumentLinks.Document(document.Slug), document.UpdatedAt));
            urls.AddRange(keys[document.Id].Distinct(StringComparer.Ordinal).Select(k => (baseUrl + DocumentLinks.Clause(document.Slug, k), (DateTimeOffset?)document.UpdatedAt)));
        }

        return Feed(context, SitemapWriter.Write(urls), SitemapWriter.ContentType);
    }

    private static IResult Feed(HttpContext context, byte[] body, string contentType = AtomWriter.ContentType)
    {
        context.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Bytes(body, contentType);
    }
}
