using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Editing;

/// <summary>The record fields an editor may change on the review screen, all at once.</summary>
public sealed record MetadataEdit
{
    public required string Designation { get; init; }

    public required string Canonical { get; init; }

    public string? TitleRu { get; init; }

    public string? TitleEn { get; init; }

    public DocumentType Type { get; init; }

    public string? Issuer { get; init; }

    public string? Jurisdiction { get; init; }

    public string Language { get; init; } = "ru";

    public DocumentStatus Status { get; init; }

    /// <summary>"YYYY-MM-DD" or "YYYY-MM"; null when not recorded.</summary>
    public string? StatusVerified { get; init; }

    public string? StatusNote { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public DateOnly? WithdrawnOn { get; init; }

    public IReadOnlyList<string> IcsCodes { get; init; } = [];

    public AccessLevel Access { get; init; }

    public string? Edition { get; init; }

    public DateOnly? EditionDate { get; init; }

    /// <summary>The fields of a stored edition, as the form starts from.</summary>
    public static MetadataEdit From(NormativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new MetadataEdit
        {
            Designation = document.Designation,
            Canonical = document.Canonical,
            TitleRu = document.TitleRu,
            TitleEn = document.TitleEn,
            Type = document.Type,
            Issuer = document.Issuer,
            Jurisdiction = document.Jurisdiction,
            Language = document.Language,
            Status = document.Status,
            StatusVerified = document.StatusVerified,
            StatusNote = document.StatusNote,
            ApprovedOn = document.ApprovedOn,
            EffectiveOn = document.EffectiveOn,
            WithdrawnOn = document.WithdrawnOn,
            IcsCodes = document.IcsCodes.ToList(),
            Access = document.Access,
            Edition = document.Edition,
            EditionDate = document.EditionDate,
        };
    }
}
