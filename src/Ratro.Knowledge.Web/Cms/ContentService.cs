using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Web.Data;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Cms;

/// <summary>
/// Editors' commands on pages and news. Every save makes a new draft version; publishing points the item at a
/// version (archiving the one published before); unpublishing takes the item off the site; history is kept. Changes that
/// reach the site are announced to every <see cref="IContentChangeListener"/>.
/// </summary>
public sealed class ContentService(WebDbContext db, TimeProvider clock, IEnumerable<IContentChangeListener> listeners)
{
    public async Task<IReadOnlyList<ContentItem>> ListAsync(CancellationToken cancellationToken) =>
        await db.ContentItems.AsNoTracking()
            .Include(i => i.Versions)
            .OrderBy(i => i.Type).ThenBy(i => i.Slug).ThenBy(i => i.Culture)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>The item with its versions, newest first; null when there is none.</summary>
    public async Task<ContentItem?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        item?.Versions.Sort((a, b) => b.Number.CompareTo(a.Number));
        return item;
    }

    public async Task<ContentItem> CreateAsync(
        ContentType type, string slug, string culture, ContentDraft draft, string user, CancellationToken cancellationToken)
    {
        if (!ContentSlug.IsValid(slug))
        {
            throw new ContentException(ContentFailure.InvalidSlug, $"'{slug}' is not a valid address");
        }

        if (!Cultures.IsSupported(culture))
        {
            throw new ContentException(ContentFailure.InvalidCulture, $"'{culture}' is not a site language");
        }

        Check(draft);
        if (await db.ContentItems.AnyAsync(i => i.Type == type && i.Slug == slug && i.Culture == culture, cancellationToken))
        {
            throw new ContentException(ContentFailure.SlugTaken, $"a {type} '{slug}' in '{culture}' already exists");
        }

        var now = clock.GetUtcNow();
        var item = new ContentItem { Type = type, Slug = slug, Culture = culture, CreatedAt = now, CreatedBy = user };
        item.Versions.Add(NewVersion(item.Id, 1, draft, user, now));
        db.ContentItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>Saves an edit as a new draft version; the published version stays on the site until the next publish.</summary>
    public async Task<ContentVersion> SaveDraftAsync(Guid itemId, ContentDraft draft, string user, CancellationToken cancellationToken)
    {
        Check(draft);
        var item = await LoadAsync(itemId, cancellationToken);
        var version = NewVersion(item.Id, item.Versions.Max(v => v.Number) + 1, draft, user, clock.GetUtcNow());
        db.ContentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>Publishes a version (by default the newest), archiving the one that was published.</summary>
    public async Task<ContentVersion> PublishAsync(Guid itemId, Guid? versionId, string user, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(itemId, cancellationToken);
        var version = versionId is { } id
            ? item.Versions.FirstOrDefault(v => v.Id == id) ?? throw new ContentException(ContentFailure.VersionNotFound, $"version {id} is not a version of this item")
            : item.Versions.MaxBy(v => v.Number)!;
        var now = clock.GetUtcNow();
        Archive(item, user, now);
        version.State = VersionState.Published;
        version.PublishedAt = now;
        version.PublishedBy = user;
        version.ArchivedAt = null;
        version.ArchivedBy = null;
        item.PublishedVersionId = version.Id;
        item.FirstPublishedAt ??= now;
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(item, cancellationToken);
        return version;
    }

    public async Task UnpublishAsync(Guid itemId, string user, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(itemId, cancellationToken);
        if (item.PublishedVersionId is null)
        {
            throw new ContentException(ContentFailure.NotPublished, "the item is not published");
        }

        Archive(item, user, clock.GetUtcNow());
        item.PublishedVersionId = null;
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(item, cancellationToken);
    }

    public async Task DeleteAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(itemId, cancellationToken);
        db.ContentItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(item, cancellationToken);
    }

    private async Task AnnounceAsync(ContentItem item, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.OnContentChangedAsync(item, cancellationToken);
        }
    }

    private async Task<ContentItem> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ContentItems.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new ContentException(ContentFailure.ItemNotFound, $"no content item {id}");

    private static void Archive(ContentItem item, string user, DateTimeOffset now)
    {
        foreach (var published in item.Versions.Where(v => v.State == VersionState.Published))
        {
            published.State = VersionState.Archived;
            published.ArchivedAt = now;
            published.ArchivedBy = user;
        }
    }

    private static ContentVersion NewVersion(Guid itemId, int number, ContentDraft draft, string user, DateTimeOffset now) => new()
    {
        ContentItemId = itemId,
        Number = number,
        Title = draft.Title.Trim(),
        Summary = string.IsNullOrWhiteSpace(draft.Summary) ? null : draft.Summary.Trim(),
        Body = draft.Body,
        Author = user,
        CreatedAt = now,
        State = VersionState.Draft,
    };

    private static void Check(ContentDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Title) || draft.Title.Length > ContentLimits.TitleLength
            || draft.Summary?.Length > ContentLimits.SummaryLength || draft.Body.Length > ContentLimits.BodyLength)
        {
            throw new ContentException(ContentFailure.InvalidText, "the title is empty or a field is too long");
        }
    }
}
