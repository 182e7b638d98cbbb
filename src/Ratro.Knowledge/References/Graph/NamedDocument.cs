using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.References.Graph;

/// <summary>A held edition that answers to a key, and how (by its canonical designation or by an alias).</summary>
public sealed record NamedDocument(HeldDocument Document, DocumentNameKind Kind);
