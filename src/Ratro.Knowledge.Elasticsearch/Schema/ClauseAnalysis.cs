using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>
/// The analysis of the index, mirroring the Lucene engine's: <c>ratro_russian</c> (ё→е, standard tokens, lower case,
/// Latin diacritics folded, Russian stop words, then — when the cluster has the dictionary — one Hunspell lemma per
/// word, then the Snowball Russian stemmer), <c>ratro_english</c> (possessives, lower case, folding, English stop
/// words, Porter), <c>ratro_designation</c> (ё→е, standard tokens, lower case) and the keyword normalizer
/// <c>ratro_designation_key</c>, which makes "НРБ–99 / 2009" and "нрб-99/2009" one key ("нрб 99 2009").
/// </summary>
public static class ClauseAnalysis
{
    public const string Russian = "ratro_russian";
    public const string English = "ratro_english";
    public const string Designation = "ratro_designation";
    public const string DesignationKey = "ratro_designation_key";

    private const string Yo = "ratro_yo";

    /// <param name="hunspellLocale">The Hunspell locale to lemmatize Russian with, or null for Snowball alone.</param>
    public static IndexSettingsAnalysis Build(string? hunspellLocale)
    {
        var russianFilters = new List<string> { "lowercase", "asciifolding", "ratro_russian_stop" };
        var filters = new TokenFilters
        {
            ["ratro_russian_stop"] = new StopTokenFilter { Stopwords = StopWordLanguage.Russian },
            ["ratro_russian_stemmer"] = new StemmerTokenFilter { Language = "russian" },
            ["ratro_english_possessive"] = new StemmerTokenFilter { Language = "possessive_english" },
            ["ratro_english_stop"] = new StopTokenFilter { Stopwords = StopWordLanguage.English },
            ["ratro_english_stemmer"] = new StemmerTokenFilter { Language = "english" },
            ["ratro_designation_fold"] = new PatternReplaceTokenFilter { Pattern = @"[^\p{L}\p{N}.]+", Replacement = " " },
        };
        if (!string.IsNullOrEmpty(hunspellLocale))
        {
            filters["ratro_russian_hunspell"] = new HunspellTokenFilter { Locale = hunspellLocale, Dedup = true, LongestOnly = true };
            russianFilters.Add("ratro_russian_hunspell");
        }

        russianFilters.Add("ratro_russian_stemmer");
        return new IndexSettingsAnalysis
        {
            CharFilters = new CharFilters { [Yo] = new MappingCharFilter { Mappings = ["ё => е", "Ё => Е"] } },
            TokenFilters = filters,
            Analyzers = new Analyzers
            {
                [Russian] = new CustomAnalyzer { CharFilter = [Yo], Tokenizer = "standard", Filter = russianFilters },
                [English] = new CustomAnalyzer
                {
                    CharFilter = [Yo],
                    Tokenizer = "standard",
                    Filter = ["ratro_english_possessive", "lowercase", "asciifolding", "ratro_english_stop", "ratro_english_stemmer"],
                },
                [Designation] = new CustomAnalyzer { CharFilter = [Yo], Tokenizer = "standard", Filter = ["lowercase"] },
            },
            Normalizers = new Normalizers
            {
                [DesignationKey] = new CustomNormalizer { CharFilter = [Yo], Filter = ["lowercase", "ratro_designation_fold", "trim"] },
            },
        };
    }
}
