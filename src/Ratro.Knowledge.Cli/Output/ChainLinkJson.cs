using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>
/// One supersession: successor replaces predecessor (in part when <see cref="Partial"/>) from <see cref="On"/> — the day the
/// relation states (<see cref="Stated"/>) or else the successor's start.
/// </summary>
internal sealed record ChainLinkJson(ChainNodeJson Successor, ChainNodeJson Predecessor, bool Partial, DateOnly? On, bool Stated, string? TargetClause, string? Evidence)
{
    public static ChainLinkJson From(SupersessionLink l) =>
        new(ChainNodeJson.From(l.Successor), ChainNodeJson.From(l.Predecessor), l.Partial, l.On, l.Stated, l.TargetClause, l.Reference.Relation.Evidence);
}
