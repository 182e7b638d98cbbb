namespace Ratro.Knowledge.Glossary;

/// <summary>A bilingual glossary entry: the term in Russian and English, definitions, source, synonyms and abbreviations.</summary>
public sealed record GlossaryTerm(
    string Key,
    string TermRu,
    string TermEn,
    string? DefinitionRu,
    string? DefinitionEn,
    string? Source,
    IReadOnlyList<string> SynonymsRu,
    IReadOnlyList<string> SynonymsEn,
    IReadOnlyList<string> Abbreviations);
