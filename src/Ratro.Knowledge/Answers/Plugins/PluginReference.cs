namespace Ratro.Knowledge.Answers.Plugins;

/// <summary>
/// One relation of a document: <c>outgoing</c> (the document cites, supersedes, amends, adopts … the other) or
/// <c>incoming</c> (the other does so to it); the relation type, the clauses at both ends and the printed evidence.
/// </summary>
public sealed record PluginReference(
    string Direction,
    string Type,
    string Source,
    string? SourceClause,
    string Target,
    string? TargetClause,
    bool Partial,
    string? EffectiveOn,
    string? Evidence);
