namespace Ratro.Knowledge.Web.Cms;

/// <summary>A version ready to show: the sanitized HTML of its Markdown and where it stands.</summary>
public sealed record PublishedContent
{
    public required ContentType Type { get; init; }

    public required string Slug { get; init; }

    /// <summary>The language the text is written in.</summary>
    public required string Culture { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required string Html { get; init; }

    public required int VersionNumber { get; init; }

    /// <summary>The date shown: first publication for news, last publication for pages.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Shown in the other language because the requested translation does not exist.</summary>
    public bool IsFallback { get; init; }

    /// <summary>A draft shown to an editor, not what the public sees.</summary>
    public bool IsPreview { get; init; }
}
