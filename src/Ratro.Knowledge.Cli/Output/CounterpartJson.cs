using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>
/// An adoption, correspondence or implementation counterpart: "outgoing" when this document adopts (corresponds to,
/// implements) the other, "incoming" when the other adopts this one.
/// </summary>
internal sealed record CounterpartJson(string Type, string Direction, string Canonical, bool Held, HeldJson? Document, string? Degree, string? Evidence)
{
    public static CounterpartJson From(Counterpart c) => new(
        EnumNames.ToName(c.Reference.Type),
        c.Outgoing ? "outgoing" : "incoming",
        c.OtherResolution.Document?.Canonical ?? c.Other.Display,
        c.OtherResolution.IsResolved,
        HeldJson.From(c.OtherResolution.Document),
        c.Reference.Relation.Degree is { } d ? EnumNames.ToName(d) : null,
        c.Reference.Relation.Evidence);
}
