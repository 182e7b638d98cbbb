namespace Ratro.Knowledge.References;

/// <summary>A sentence of the annotated sample, its expected references, and the document it stands in when that matters.</summary>
public sealed record AnnotatedSentence(int Line, string Text, IReadOnlyList<ExpectedReference> Expected, string? SelfCanonical);
