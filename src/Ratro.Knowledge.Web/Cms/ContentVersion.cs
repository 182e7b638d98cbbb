namespace Ratro.Knowledge.Web.Cms;

/// <summary>One saved state of an item's text: every save of an edit makes a new version.</summary>
public sealed class ContentVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ContentItemId { get; set; }

    /// <summary>1, 2, 3 … within the item.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>Markdown source; rendered and sanitized on display.</summary>
    public string Body { get; set; } = "";

    public string Author { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public VersionState State { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>When and by whom the version stopped being the published one.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public string? ArchivedBy { get; set; }
}
