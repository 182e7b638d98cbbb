using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// Walks supersession relations from a document: back through what it replaced, forward through what replaced it.
/// A partial succession is shown but not followed (the rest of the older document lives on), and cycles stop the walk.
/// </summary>
public sealed class SupersessionChains(ReferenceGraph graph)
{
    private const int MaxSteps = 64;
    private static readonly RelationType[] Supersedes = [RelationType.Supersedes];

    public async Task<SupersessionChain> WalkAsync(GraphNode start, CancellationToken cancellationToken)
    {
        var origin = new ChainNode(start.Canonical, start.Document);
        var predecessors = await WalkAsync(start, backwards: true, cancellationToken);
        var successors = await WalkAsync(start, backwards: false, cancellationToken);
        return new SupersessionChain(origin, predecessors, successors, Current(origin, successors));
    }

    private async Task<IReadOnlyList<SupersessionLink>> WalkAsync(GraphNode start, bool backwards, CancellationToken cancellationToken)
    {
        var links = new List<SupersessionLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Canonical };
        var queue = new Queue<GraphNode>([start]);
        while (queue.TryDequeue(out var node) && links.Count < MaxSteps)
        {
            var edges = backwards
                ? await graph.OutgoingAsync(node, Supersedes, null, cancellationToken)
                : await graph.IncomingAsync(node, Supersedes, null, cancellationToken);
            foreach (var edge in edges)
            {
                var link = Link(edge);
                links.Add(link);
                var (end, resolution) = backwards ? (edge.Target, edge.TargetResolution) : (edge.Source, edge.SourceResolution);
                if (!link.Partial && seen.Add(ChainNode.Of(end, resolution).Canonical))
                {
                    queue.Enqueue(resolution.Document is { } held ? await graph.NodeAsync(held, cancellationToken) : GraphNode.Unheld(end));
                }
            }
        }

        return links;
    }

    private static SupersessionLink Link(GraphReference edge)
    {
        var successor = ChainNode.Of(edge.Source, edge.SourceResolution);
        var predecessor = ChainNode.Of(edge.Target, edge.TargetResolution);
        return new SupersessionLink(
            successor,
            predecessor,
            edge.Relation.Partial || edge.TargetClause is not null,
            edge.Relation.EffectiveOn ?? successor.Start,
            edge.TargetClause,
            edge);
    }

    /// <summary>Follows whole successions to their end, taking the latest successor where a document was split.</summary>
    private static ChainNode Current(ChainNode origin, IReadOnlyList<SupersessionLink> successors)
    {
        var current = origin;
        var seen = new HashSet<string>(StringComparer.Ordinal) { origin.Canonical };
        while (successors
                   .Where(l => !l.Partial && l.Predecessor.Canonical == current.Canonical)
                   .OrderByDescending(l => l.On ?? DateOnly.MinValue)
                   .FirstOrDefault() is { } next
               && seen.Add(next.Successor.Canonical))
        {
            current = next.Successor;
        }

        return current;
    }
}
