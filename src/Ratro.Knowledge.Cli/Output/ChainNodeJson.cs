using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>A document of a supersession chain: its canonical designation, whether it is held, and its record's dates and status when it is.</summary>
internal sealed record ChainNodeJson(string Canonical, bool Held, Guid? Id, string? Status, DateOnly? Start)
{
    public static ChainNodeJson From(ChainNode n) =>
        new(n.Canonical, n.IsHeld, n.Document?.Id, n.Status is { } s ? EnumNames.ToName(s) : null, n.Start);
}
