using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>The bibliographic record ingestion established for a file; what it could not establish stays null and is flagged.</summary>
public sealed record DocumentMetadata
{
    public string? Designation { get; init; }

    public string? Canonical { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? TitleRu { get; init; }

    public string? TitleEn { get; init; }

    public DocumentType Type { get; init; }

    public string? Issuer { get; init; }

    public string? Jurisdiction { get; init; }

    public string Language { get; init; } = "ru";

    public DocumentStatus Status { get; init; }

    public string? StatusVerified { get; init; }

    public string? StatusNote { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public DateOnly? WithdrawnOn { get; init; }

    public IReadOnlyList<string> IcsCodes { get; init; } = [];

    public AccessLevel Access { get; init; }

    public string? Edition { get; init; }

    public DateOnly? EditionDate { get; init; }

    public bool IsDigest { get; init; }

    public bool IsSynthetic { get; init; }

    /// <summary>Relations stated by metadata (front matter), before resolution.</summary>
    public IReadOnlyList<DocumentRelation> Relations { get; init; } = [];

    public IReadOnlyList<ReviewFlag> ReviewFlags { get; init; } = [];
}
