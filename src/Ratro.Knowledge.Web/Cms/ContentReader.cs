using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Web.Data;

namespace Ratro.Knowledge.Web.Cms;

/// <summary>
/// What the public sees: published versions only, in the requested language, or in the other language with a
/// fallback mark when the translation is missing. Editors' previews of drafts go through <see cref="PreviewAsync"/>.
/// </summary>
public sealed class ContentReader(WebDbContext db, MarkdownRenderer markdown)
{
    public async Task<PublishedContent?> FindPublishedAsync(ContentType type, string slug, string culture, CancellationToken cancellationToken)
    {
        var candidates = await db.ContentItems.AsNoTracking()
            .Where(i => i.Type == type && i.Slug == slug && i.PublishedVersionId != null)
            .ToListAsync(cancellationToken);
        var item = candidates.FirstOrDefault(i => i.Culture == culture) ?? candidates.FirstOrDefault();
        if (item is null)
        {
            return null;
        }

        var version = await db.ContentVersions.AsNoTracking().FirstAsync(v => v.Id == item.PublishedVersionId, cancellationToken);
        return Present(item, version, isFallback: item.Culture != culture, isPreview: false);
    }

    /// <summary>Published news, newest first: the item in the requested language, else its only translation.</summary>
    public async Task<IReadOnlyList<PublishedContent>> LatestNewsAsync(string culture, int count, CancellationToken cancellationToken)
    {
        var items = await db.ContentItems.AsNoTracking()
            .Where(i => i.Type == ContentType.News && i.PublishedVersionId != null)
            .ToListAsync(cancellationToken);
        var chosen = items
            .GroupBy(i => i.Slug)
            .Select(g => g.FirstOrDefault(i => i.Culture == culture) ?? g.First())
            .OrderByDescending(i => i.FirstPublishedAt)
            .ThenBy(i => i.Slug, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        var ids = chosen.Select(i => i.PublishedVersionId!.Value).ToList();
        var versions = await db.ContentVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return chosen.Select(i => Present(i, versions[i.PublishedVersionId!.Value], i.Culture != culture, isPreview: false)).ToList();
    }

    /// <summary>A version (by default the newest) rendered as the public would see it, marked as a preview.</summary>
    public async Task<PublishedContent?> PreviewAsync(Guid itemId, Guid? versionId, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var versions = db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == itemId);
        var version = versionId is { } id
            ? await versions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
            : await versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : Present(item, version, isFallback: false, isPreview: true);
    }

    private PublishedContent Present(ContentItem item, ContentVersion version, bool isFallback, bool isPreview) => new()
    {
        Type = item.Type,
        Slug = item.Slug,
        Culture = item.Culture,
        Title = version.Title,
        Summary = version.Summary,
        Html = markdown.Render(version.Body),
        VersionNumber = version.Number,
        Date = item.Type == ContentType.News ? item.FirstPublishedAt ?? version.PublishedAt : version.PublishedAt,
        IsFallback = isFallback,
        IsPreview = isPreview,
    };
}
