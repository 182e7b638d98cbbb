namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// A document that relations name but nobody holds. Federal laws named with a date in an amendment list keep that date
/// (<see cref="ActDate"/>): the canonical key "Федеральный закон № 266-ФЗ" does not tell the law of 25.11.2009 from the law
/// of 14.07.2022, so stubs with one number and different dates are listed apart.
/// </summary>
public sealed record ReferenceStub(
    string Canonical,
    string Key,
    string? Edition,
    DateOnly? ActDate,
    int Documents,
    int References,
    string? FirstEvidence,
    HeldDocument FirstEvidenceDocument);
