namespace Ratro.Knowledge.Glossary;

/// <summary>
/// Cross-lingual and synonym expansion. Each term's forms (term, synonyms, abbreviations; Cyrillic ones Russian,
/// the rest English) are analyzed with the engine's analysis of their language, so an inflected query
/// ("линейного ускорителя электронов") still finds its term. A found term adds its forms in the other language
/// (the translation weighted <see cref="TranslationWeight"/>, its synonyms and abbreviations
/// <see cref="SynonymWeight"/>) and the other forms of its own language (<see cref="SynonymWeight"/>).
/// </summary>
public sealed class GlossaryExpander
{
    public const float TranslationWeight = 0.7f;
    public const float SynonymWeight = 0.5f;

    private readonly List<(string[] Tokens, string Language, int Term)> forms = [];
    private readonly List<List<(string Text, string Language, bool Main)>> variants = [];
    private readonly List<string> keys = [];

    /// <param name="glossary">The terms.</param>
    /// <param name="analyze">The engine's analysis: text and language ("ru"/"en") to normalized tokens.</param>
    public GlossaryExpander(Glossary glossary, Func<string, string, IReadOnlyList<string>> analyze)
    {
        foreach (var term in glossary.Terms)
        {
            var list = new List<(string, string, bool)>();
            void Add(string text, string? language, bool main)
            {
                if (text.Length == 0)
                {
                    return;
                }

                var lang = language ?? (text.Any(IsCyrillic) ? "ru" : "en");
                list.Add((text, lang, main));
                var tokens = analyze(text, lang).ToArray();
                if (tokens.Length > 0)
                {
                    forms.Add((tokens, lang, variants.Count));
                }
            }

            Add(term.TermRu, "ru", true);
            Add(term.TermEn, "en", true);
            term.SynonymsRu.ToList().ForEach(s => Add(s, "ru", false));
            term.SynonymsEn.ToList().ForEach(s => Add(s, "en", false));
            term.Abbreviations.ToList().ForEach(s => Add(s, null, false));
            variants.Add(list);
            keys.Add(term.Key);
        }

        forms.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    public int TermCount => variants.Count;

    /// <summary>Expansions for a query already analyzed in each language (tokens in order).</summary>
    public IReadOnlyList<GlossaryExpansion> Expand(IReadOnlyDictionary<string, IReadOnlyList<string>> queryTokens)
    {
        var found = new Dictionary<int, string>();
        foreach (var (tokens, language, term) in forms)
        {
            if (!found.ContainsKey(term) && queryTokens.TryGetValue(language, out var query) && Contains(query, tokens))
            {
                found[term] = language;
            }
        }

        var result = new List<GlossaryExpansion>();
        foreach (var (term, matchedLanguage) in found.OrderBy(f => f.Key))
        {
            foreach (var (text, language, main) in variants[term])
            {
                var weight = language != matchedLanguage && main ? TranslationWeight : SynonymWeight;
                result.Add(new GlossaryExpansion(text, language, weight, keys[term]));
            }
        }

        return result;
    }

    private static bool Contains(IReadOnlyList<string> haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Count; i++)
        {
            var all = true;
            for (var j = 0; j < needle.Length && all; j++)
            {
                all = haystack[i + j] == needle[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
