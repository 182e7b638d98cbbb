using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus;

/// <summary>corpus/glossary.tsv: at least 300 terms, unique keys, both languages, and sources that are corpus documents.</summary>
public sealed class GlossaryFileTests
{
    [Fact]
    public async Task The_glossary_has_enough_complete_terms_whose_sources_are_in_the_corpus()
    {
        var glossary = GlossaryLoader.Load(Path.Combine(RepositoryPaths.Corpus, "glossary.tsv"));
        var designations = (await CorpusFiles.AllAsync()).Select(d => d.Metadata.Canonical).ToHashSet(StringComparer.Ordinal);

        Assert.Null(glossary.Problem);
        Assert.True(glossary.Terms.Count >= 300, $"{glossary.Terms.Count} terms");
        Assert.Equal(glossary.Terms.Count, glossary.Terms.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(glossary.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.TermRu) || string.IsNullOrWhiteSpace(t.TermEn), t.Key));
        Assert.All(glossary.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.DefinitionRu) || string.IsNullOrWhiteSpace(t.DefinitionEn), t.Key));
        var unknown = glossary.Terms.Where(t => t.Source is not null && !designations.Contains(t.Source)).Select(t => $"{t.Key}: {t.Source}").ToList();
        Assert.Empty(unknown);
        foreach (var abbreviation in new[] { "ЛУЭ", "MLC", "МЛК", "IMRT", "OAR", "CTV", "PTV" })
        {
            Assert.Contains(glossary.Terms, t => t.Abbreviations.Contains(abbreviation));
        }
    }
}
