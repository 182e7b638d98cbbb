namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>
/// A document replacing another, wholly or in part (<see cref="Partial"/>: "взамен в части", or only some clauses), from
/// <see cref="On"/> when the relation states the day. <see cref="SuccessorDocument"/> is null when the successor is not held.
/// </summary>
public sealed record Succession(string Successor, HeldDocument? SuccessorDocument, bool Partial, DateOnly? On, string? Evidence)
{
    public static Succession From(GraphReference supersedes) => new(
        supersedes.SourceResolution.Document?.Canonical ?? supersedes.Source.Display,
        supersedes.SourceResolution.Document,
        supersedes.Relation.Partial || supersedes.TargetClause is not null,
        supersedes.Relation.EffectiveOn,
        supersedes.Relation.Evidence);
}
