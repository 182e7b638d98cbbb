namespace Ratro.Knowledge.References;

/// <summary>
/// One annotated reference: its target ("СанПиН 2.6.1.2523-09", "self", "self^article", "?") and clause keys (empty for a
/// document-level reference).
/// </summary>
public sealed record ExpectedReference(string Target, IReadOnlyList<string> Clauses);
