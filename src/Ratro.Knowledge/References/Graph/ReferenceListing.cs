namespace Ratro.Knowledge.References.Graph;

/// <summary>What a document (or one of its clauses) refers to, and what refers to it.</summary>
public sealed record ReferenceListing(GraphNode Node, ClauseScope? Clause, IReadOnlyList<GraphReference> Outgoing, IReadOnlyList<GraphReference> Incoming);
