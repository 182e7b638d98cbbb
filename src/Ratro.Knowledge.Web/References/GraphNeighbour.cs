using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.References;

/// <summary>A document next to the page's document in the relation graph, with the relations between them (kind, direction).</summary>
public sealed record GraphNeighbour(string Designation, string? Href, bool Held, IReadOnlyList<(RelationType Type, bool Outgoing)> Edges);
