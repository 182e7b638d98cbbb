using Ratro.Knowledge.Glossary;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A glossary term in both languages, with the source document's URL when the caller may see it.</summary>
public sealed record GlossaryItem(
    string Key,
    string TermRu,
    string TermEn,
    string? DefinitionRu,
    string? DefinitionEn,
    IReadOnlyList<string> SynonymsRu,
    IReadOnlyList<string> SynonymsEn,
    IReadOnlyList<string> Abbreviations,
    string? Source,
    string? SourceUrl)
{
    public static GlossaryItem From(GlossaryTerm t, string? sourceUrl)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new GlossaryItem(t.Key, t.TermRu, t.TermEn, t.DefinitionRu, t.DefinitionEn, t.SynonymsRu, t.SynonymsEn, t.Abbreviations, t.Source, sourceUrl);
    }
}
