namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>A sentence citing a real document, with the canonical designation the citation resolves to.</summary>
internal sealed record RealReference(string Sentence, string Canonical);
