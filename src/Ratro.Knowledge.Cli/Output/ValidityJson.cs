using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph.Validity;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>
/// When the document was in force: start (and on what basis), end (and on what basis, by which successor), whether it ended
/// on an unrecorded day, and the latest day that end can be (from the status verification).
/// </summary>
internal sealed record ValidityJson(
    DateOnly? Start,
    string StartBasis,
    DateOnly? End,
    string? EndBasis,
    string? EndedBySuccessor,
    bool Approximate,
    bool EndedOnUnrecordedDay,
    DateOnly? EndedNoLaterThan,
    IReadOnlyList<PartialJson> Partial)
{
    public static ValidityJson From(DerivedValidity v) => new(
        v.Start,
        EnumNames.ToName(v.StartBasis),
        v.End?.On,
        v.End is { } end ? EnumNames.ToName(end.Basis) : null,
        v.End?.By?.Successor ?? v.UndatedEnd?.By?.Successor,
        v.End?.Approximate == true || v.StartBasis == ValidityBasis.Approval,
        v.End is null && v.UndatedEnd is not null,
        v.EndedBy,
        v.PartialSuccessions.Select(p => new PartialJson(p.By?.Successor ?? "", p.On, EnumNames.ToName(p.Basis))).ToList());
}
