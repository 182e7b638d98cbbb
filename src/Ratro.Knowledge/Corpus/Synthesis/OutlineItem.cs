namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>One node of a synthetic document's clause tree: its kind and the number it prints ("3.2.1", "А", "II").</summary>
internal sealed record OutlineItem(OutlineKind Kind, string Number);
