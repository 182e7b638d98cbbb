using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>
/// One edition as every engine indexes it: identity, filterable facts, searchable texts and clauses. Built from
/// the record by <see cref="SearchDocumentMapper"/>; each engine maps it to its own schema.
/// </summary>
public sealed record SearchDocument
{
    public required Guid Id { get; init; }

    public required string Canonical { get; init; }

    public required string Designation { get; init; }

    /// <summary>Canonical, printed designation and aliases, distinct.</summary>
    public required IReadOnlyList<string> Designations { get; init; }

    public string? TitleRu { get; init; }

    public string? TitleEn { get; init; }

    public required DocumentType Type { get; init; }

    public required DocumentStatus Status { get; init; }

    /// <summary>Issuer as recorded; empty when unknown.</summary>
    public required string Issuer { get; init; }

    public required string Jurisdiction { get; init; }

    /// <summary>ISO 639-1 code; decides which language's analysis the texts get.</summary>
    public required string Language { get; init; }

    public required IReadOnlyList<string> IcsCodes { get; init; }

    public required AccessLevel Access { get; init; }

    public required bool IsCurrentEdition { get; init; }

    public required bool IsDraft { get; init; }

    public required bool IsSynthetic { get; init; }

    /// <summary>The date that orders editions and gives the year: edition date, else effective, else approval date.</summary>
    public DateOnly? Date { get; init; }

    public int? Year => Date?.Year;

    public required ValidityInterval Validity { get; init; }

    public required IReadOnlyList<SearchClause> Clauses { get; init; }
}
