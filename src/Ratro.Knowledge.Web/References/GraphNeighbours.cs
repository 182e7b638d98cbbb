using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.References;

/// <summary>The page document's direct neighbours, one per document, from every relation the visitor may see.</summary>
public static class GraphNeighbours
{
    public static IReadOnlyList<GraphNeighbour> Of(DocumentReferences references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var rows = references.Outgoing.Concat(references.Incoming).Concat(references.Counterparts).Concat(references.Amendments)
            .Select(r => (r.Other, r.Type, r.Outgoing))
            .Concat(references.Predecessors.Where(s => s.SuccessorIsThis).Select(s => (Other: s.Predecessor, Type: RelationType.Supersedes, Outgoing: true)))
            .Concat(references.Successors.Where(s => s.PredecessorIsThis).Select(s => (Other: s.Successor, Type: RelationType.Supersedes, Outgoing: false)))
            .Where(r => r.Other.Designation != references.Designation);
        return rows
            .GroupBy(r => r.Other.Designation, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First().Other;
                var href = first.Slug is { } slug ? DocumentLinks.Document(slug) : null;
                return new GraphNeighbour(g.Key, href, first.Held, g.Select(r => (r.Type, r.Outgoing)).Distinct().ToList());
            })
            .OrderBy(n => n.Edges.Min(e => (int)e.Type))
            .ThenBy(n => n.Designation, StringComparer.Ordinal)
            .ToList();
    }
}
