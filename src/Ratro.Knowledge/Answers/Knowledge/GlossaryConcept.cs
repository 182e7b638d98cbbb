namespace Ratro.Knowledge.Answers.Knowledge;

/// <summary>A glossary term as stem sequences: every form (Russian and English terms, synonyms, abbreviations) with its language.</summary>
public sealed record GlossaryConcept(string Key, IReadOnlyList<(string[] Stems, string Language)> Forms);
