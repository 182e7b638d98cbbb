namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// A document's place among the documents it replaced and that replaced it. <see cref="Predecessors"/> and
/// <see cref="Successors"/> are links walked outwards (nearest first); <see cref="Current"/> is where whole successions
/// lead — the document in force in its place (the document itself when nothing replaced it).
/// </summary>
public sealed record SupersessionChain(
    ChainNode Document,
    IReadOnlyList<SupersessionLink> Predecessors,
    IReadOnlyList<SupersessionLink> Successors,
    ChainNode Current);
