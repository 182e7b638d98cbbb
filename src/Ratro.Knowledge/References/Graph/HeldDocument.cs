using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>The record of a held edition without its clauses and relations: what resolving and dating a reference needs.</summary>
public sealed record HeldDocument
{
    public required Guid Id { get; init; }

    public required string Canonical { get; init; }

    public required string Designation { get; init; }

    public required string WorkKey { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? TitleRu { get; init; }

    public string? TitleEn { get; init; }

    public string Language { get; init; } = "ru";

    public DocumentType Type { get; init; }

    public DocumentStatus Status { get; init; }

    public string? StatusVerified { get; init; }

    public string? StatusNote { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public DateOnly? WithdrawnOn { get; init; }

    public string? Edition { get; init; }

    public DateOnly? EditionDate { get; init; }

    public bool IsCurrentEdition { get; init; }

    public bool IsDigest { get; init; }

    public PublicationState State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string Title => (Language == "ru" ? TitleRu ?? TitleEn : TitleEn ?? TitleRu) ?? Designation;

    public static HeldDocument From(NormativeDocument d) => new()
    {
        Id = d.Id,
        Canonical = d.Canonical,
        Designation = d.Designation.Length > 0 ? d.Designation : d.Canonical,
        WorkKey = d.WorkKey.Length > 0 ? d.WorkKey : Designations.DesignationKeys.WorkKey(d.Canonical),
        Aliases = d.Aliases,
        TitleRu = d.TitleRu,
        TitleEn = d.TitleEn,
        Language = d.Language,
        Type = d.Type,
        Status = d.Status,
        StatusVerified = d.StatusVerified,
        StatusNote = d.StatusNote,
        ApprovedOn = d.ApprovedOn,
        EffectiveOn = d.EffectiveOn,
        WithdrawnOn = d.WithdrawnOn,
        Edition = d.Edition,
        EditionDate = d.EditionDate,
        IsCurrentEdition = d.IsCurrentEdition,
        IsDigest = d.IsDigest,
        State = d.State,
        CreatedAt = d.CreatedAt,
    };
}
