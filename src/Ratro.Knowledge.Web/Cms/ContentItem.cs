namespace Ratro.Knowledge.Web.Cms;

/// <summary>
/// A page or news item in one language. Items of the same type and slug in the two languages are translations of
/// each other. The text lives in <see cref="Versions"/>; <see cref="PublishedVersionId"/> points at the one the
/// public sees (null: the item is not on the site).
/// </summary>
public sealed class ContentItem
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public ContentType Type { get; set; }

    public string Slug { get; set; } = "";

    /// <summary>"ru" or "en".</summary>
    public string Culture { get; set; } = "ru";

    public Guid? PublishedVersionId { get; set; }

    /// <summary>When the item was first published: the date a news item carries.</summary>
    public DateTimeOffset? FirstPublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public string CreatedBy { get; set; } = "";

    public List<ContentVersion> Versions { get; set; } = [];
}
