using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.References;

/// <summary>
/// One relation seen from the page's document: its own clause (<see cref="OwnClause"/>, null at document level), the kind,
/// the other document (and clause), and what the relation states — degree of an adoption, partial replacement, a date.
/// <see cref="Outgoing"/> is true when the page's document is the relation's source (it cites, adopts, amends the other).
/// </summary>
public sealed record ReferenceRow(
    RelationType Type,
    bool Outgoing,
    string? OwnClause,
    ReferenceEnd Other,
    CorrespondenceDegree? Degree = null,
    bool Partial = false,
    DateOnly? On = null);
