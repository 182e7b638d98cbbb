using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Designations;

/// <summary>
/// A parsed designation. <see cref="Canonical"/> is the key references resolve to; <see cref="WorkKey"/> is the
/// identity without the edition (the key an undated reference resolves through to the latest edition).
/// Edition markers, amendments and adoption data are kept beside the identity, never inside it.
/// </summary>
public sealed record Designation
{
    /// <summary>The text the designation was parsed from, as given.</summary>
    public required string Input { get; init; }

    /// <summary>"СанПиН 2.6.1.2523-09", "IEC 60601-2-1:2020", "Федеральный закон № 3-ФЗ".</summary>
    public required string Canonical { get; init; }

    /// <summary>The undated identity: "IEC 60601-2-1", "ГОСТ Р 50267.0"; equal to <see cref="Canonical"/> where no edition is part of it.</summary>
    public required string WorkKey { get; init; }

    public required DesignationFamily Family { get; init; }

    /// <summary>The number within the family: "3-ФЗ", "116н", "60601-2-1", "2.6.1.2523-09", "GSR Part 3", "142".</summary>
    public required string Number { get; init; }

    /// <summary>The year the designation states (edition year of a standard, year of an act's date); null when none.</summary>
    public int? Year { get; init; }

    /// <summary>True when the designation pins one edition (a standard's year, an act's "ред. от", a "Rev."); false means the latest.</summary>
    public bool IsDated { get; init; }

    /// <summary>Edition marker as data: "ред. от 08.08.2024", "Rev. 1", "Edition 4.0", "с изменениями на 14.02.2006".</summary>
    public string? Edition { get; init; }

    /// <summary>Amendment marker: "AMD1:2014".</summary>
    public string? Amendment { get; init; }

    /// <summary>The part of a CFR title ("20").</summary>
    public string? Part { get; init; }

    /// <summary>The section of a CFR part, with its paragraphs when given ("20.1201(a)(1)").</summary>
    public string? Section { get; init; }

    /// <summary>Canonical of the document this one belongs to: the amended document of an amendment, the part of a CFR section.</summary>
    public string? Parent { get; init; }

    /// <summary>The international designation this one adopts, when the designation itself states it.</summary>
    public Designation? Adopts { get; init; }

    /// <summary>Degree of correspondence, only when stated (slash form is IDT; "MOD"/"NEQ" markers).</summary>
    public CorrespondenceDegree? AdoptionDegree { get; init; }

    /// <summary>The act's date as printed; identity for sanitary-doctor decrees, metadata otherwise.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Issuing body in its normalized short genitive form ("Минздрава России").</summary>
    public string? Issuer { get; init; }

    /// <summary>Title printed with the designation, without quotes; null when none.</summary>
    public string? Title { get; init; }

    /// <summary>"RU", "EAEU", "INT", "US", "EU", "BR", "KZ", "GB" ….</summary>
    public string Jurisdiction { get; init; } = "RU";

    /// <summary>Doubts about the input: a wrong type prefix, a foreign jurisdiction suffix, old numbering.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Facts the parser applied that the reader should know (a report number resolved to its task group).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public override string ToString() => Canonical;
}
