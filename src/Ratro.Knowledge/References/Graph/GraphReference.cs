using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>A stored relation read with both ends resolved against the held documents, and the edition that asserts it.</summary>
public sealed record GraphReference(
    DocumentRelation Relation,
    HeldDocument Evidence,
    RelationEnd Source,
    Resolution SourceResolution,
    RelationEnd Target,
    Resolution TargetResolution)
{
    public RelationType Type => Relation.Type;

    public string? SourceClause => Relation.SourceClause;

    public string? TargetClause => Relation.TargetClause;
}
