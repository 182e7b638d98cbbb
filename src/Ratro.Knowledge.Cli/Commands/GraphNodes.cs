using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>Finds the graph node a command argument names, or fails with a line a person understands.</summary>
internal static class GraphNodes
{
    public static async Task<GraphNode> LocateAsync(CliSession session, string text, CancellationToken cancellationToken) =>
        await session.Get<ReferenceGraph>().LocateAsync(text, cancellationToken)
        ?? throw new CliException($"no stored document matches '{text}', and it is not a designation the parser knows.");

    public static async Task<HeldDocument> LocateHeldAsync(CliSession session, string text, CancellationToken cancellationToken)
    {
        var node = await LocateAsync(session, text, cancellationToken);
        return node.Document ?? throw new CliException($"'{node.Canonical}' is referenced but not held: no stored document has it (see `ratro refs \"{text}\"`).");
    }
}
