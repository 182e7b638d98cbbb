using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>
/// Restrictions on the documents a query may return. Empty lists restrict nothing; values within one list are
/// alternatives (OR), different lists all apply (AND).
/// </summary>
public sealed record SearchFilters
{
    public static readonly SearchFilters None = new();

    public IReadOnlyList<DocumentType> Types { get; init; } = [];

    public IReadOnlyList<DocumentStatus> Statuses { get; init; } = [];

    /// <summary>Issuers, compared case-insensitively with the whole issuer or a word sequence of it ("IAEA", "Минздрав России").</summary>
    public IReadOnlyList<string> Issuers { get; init; } = [];

    public IReadOnlyList<string> Jurisdictions { get; init; } = [];

    /// <summary>ICS codes; a code matches itself and every code under it ("13.280" matches "13.280.10").</summary>
    public IReadOnlyList<string> IcsCodes { get; init; } = [];

    /// <summary>ISO 639-1 codes of the document language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Earliest year (of edition, effective or approval date), inclusive.</summary>
    public int? YearFrom { get; init; }

    /// <summary>Latest year, inclusive.</summary>
    public int? YearTo { get; init; }

    /// <summary>Only editions whose validity interval [from, to) contains this day (see <see cref="IValidityResolver"/>).</summary>
    public DateOnly? InForceOn { get; init; }

    /// <summary>Null: both real and generated documents; true/false: only generated or only real ones.</summary>
    public bool? Synthetic { get; init; }
}
