using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>A supersession chain: links back to predecessors, forward to successors, and the document in force in its place.</summary>
internal sealed record ChainJson(IReadOnlyList<ChainLinkJson> Predecessors, IReadOnlyList<ChainLinkJson> Successors, ChainNodeJson Current)
{
    public static ChainJson From(SupersessionChain chain) => new(
        chain.Predecessors.Select(ChainLinkJson.From).ToList(),
        chain.Successors.Select(ChainLinkJson.From).ToList(),
        ChainNodeJson.From(chain.Current));
}
