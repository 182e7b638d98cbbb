using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>A held edition named in graph output: id, canonical and printed designation, title.</summary>
internal sealed record HeldJson(Guid Id, string Canonical, string Designation, string Title)
{
    public static HeldJson? From(HeldDocument? d) => d is null ? null : new(d.Id, d.Canonical, d.Designation, d.Title);
}
