using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// The documents whose validity may change when a document's editions change: those it supersedes, those superseding it,
/// and the other held editions of its work (an undated supersession moves to the newest edition of a work). Found from the
/// graph as it is after the change; a relation that disappeared with the change is not seen, and `ratro reindex` settles it.
/// </summary>
public sealed class SupersessionNeighbors(ReferenceGraph graph, GraphStore store)
{
    private static readonly RelationType[] Supersedes = [RelationType.Supersedes];

    public async Task<IReadOnlyList<string>> OfAsync(string canonical, CancellationToken cancellationToken)
    {
        var editions = await store.EditionsAsync(canonical, cancellationToken);
        var node = editions.Count > 0
            ? GraphNode.Held(editions[0], editions)
            : GraphNode.Unheld(new RelationEnd(canonical, Designations.DesignationKeys.Key(canonical), null, null));
        var outgoing = await graph.OutgoingAsync(node, Supersedes, null, cancellationToken);
        var incoming = await graph.IncomingAsync(node, Supersedes, null, cancellationToken);
        var work = Designations.DesignationKeys.WorkKey(canonical);
        var sameWork = await store.ByWorkAsync([work], cancellationToken);
        return outgoing.Select(r => r.TargetResolution.Document)
            .Concat(incoming.Select(r => r.SourceResolution.Document))
            .Concat(sameWork.TryGetValue(work, out var mates) ? mates : [])
            .OfType<HeldDocument>()
            .Select(d => d.Canonical)
            .Where(c => c != canonical)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
