using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Editing;

/// <summary>A relation an editor adds to an edition: "this document (clause) <see cref="Type"/> target (clause)".</summary>
public sealed record RelationEdit(
    RelationType Type,
    string TargetCanonical,
    string? SourceClause = null,
    string? TargetClause = null,
    CorrespondenceDegree? Degree = null,
    bool Partial = false,
    DateOnly? EffectiveOn = null);
