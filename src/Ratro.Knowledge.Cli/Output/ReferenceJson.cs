using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>
/// One relation as `ratro refs --json` prints it. <see cref="Resolved"/> tells whether the other end (the target of an
/// outgoing reference, the source of an incoming one) is held; <see cref="SourceDocument"/> and
/// <see cref="TargetDocument"/> are the held editions the ends resolve to (null for a stub).
/// </summary>
internal sealed record ReferenceJson(
    string Type,
    string Source,
    string? SourceClause,
    string Target,
    string? TargetClause,
    string? TargetEdition,
    string? Degree,
    bool Partial,
    DateOnly? EffectiveOn,
    string Origin,
    bool Resolved,
    HeldJson? SourceDocument,
    HeldJson? TargetDocument,
    string? Evidence,
    HeldJson EvidenceDocument)
{
    public static ReferenceJson From(GraphReference r, bool outgoing) => new(
        EnumNames.ToName(r.Type),
        r.SourceResolution.Document?.Canonical ?? r.Source.Display,
        r.SourceClause,
        r.TargetResolution.Document?.Canonical ?? r.Target.Display,
        r.TargetClause,
        r.Target.Edition,
        r.Relation.Degree is { } degree ? EnumNames.ToName(degree) : null,
        r.Relation.Partial,
        r.Relation.EffectiveOn,
        EnumNames.ToName(r.Relation.Origin),
        outgoing ? r.TargetResolution.IsResolved : r.SourceResolution.IsResolved,
        HeldJson.From(r.SourceResolution.Document),
        HeldJson.From(r.TargetResolution.Document),
        r.Relation.Evidence,
        HeldJson.From(r.Evidence)!);
}
