using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search.Lucene.Analysis;
using Ratro.Knowledge.Search.Syntax;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Builds <see cref="LuceneQuery"/>: each word is analyzed by the Russian analyzer for the Russian fields and by
/// the English analyzer for the English fields (never across), so no field receives terms it cannot contain.
/// A single word that occurs nowhere in the index (a misspelling) also matches the indexed words nearest to it in
/// spelling (see <see cref="SpellingVocabulary"/>), with a lower weight.
/// </summary>
public sealed class LuceneQueryBuilder(SearchAnalyzers analyzers, GlossaryExpander? expander)
{
    private static readonly string[] Languages = ["ru", "en"];

    /// <summary>Weight of a word found by its spelling instead of the word typed.</summary>
    public const float CorrectionWeight = 0.8f;

    /// <summary>How many nearest indexed words stand in for a misspelled one.</summary>
    public const int CorrectionsPerWord = 3;

    public LuceneQuery Build(ParsedQuery parsed, SpellingVocabulary? vocabulary = null)
    {
        var highlight = Languages.ToDictionary(l => l, _ => new HashSet<string>(StringComparer.Ordinal));
        var groups = new List<global::Lucene.Net.Search.Query>();
        foreach (var clause in parsed.Wanted)
        {
            if (Group(clause, highlight, vocabulary) is { } group)
            {
                groups.Add(group);
            }
        }

        var expansions = Expand(parsed, highlight, out var list);
        var excluded = new BooleanQuery();
        foreach (var clause in parsed.Excluded)
        {
            if (Group(clause, null, null) is { } group)
            {
                excluded.Add(group, Occur.SHOULD);
            }
        }

        return new LuceneQuery(
            groups,
            expansions,
            excluded.Clauses.Count > 0 ? excluded : null,
            highlight.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value),
            list);
    }

    private global::Lucene.Net.Search.Query? Group(QueryClause clause, Dictionary<string, HashSet<string>>? highlight, SpellingVocabulary? vocabulary)
    {
        var cyrillic = clause.Text.Count(IsCyrillic) * 2 > clause.Text.Count(char.IsLetter);
        var analyzed = Languages.ToDictionary(l => l, l => Positions(analyzers.For(l), clause.Text));
        var designation = Positions(analyzers.Designation, clause.Text);
        var misspelled = vocabulary is not null && IsUnknown(clause, analyzed, designation, vocabulary);
        var group = new BooleanQuery();
        foreach (var language in Languages)
        {
            var terms = analyzed[language];
            if (misspelled && terms.Count == 1 && (language == "ru") == cyrillic)
            {
                var key = language == "ru" ? SpellingVocabulary.Key(Word(clause.Text)) : terms[0].Term;
                foreach (var near in vocabulary!.Near(language, key, CorrectionsPerWord))
                {
                    highlight?[language].Add(near);
                    group.Add(Fields(language, [(near, 0)], CorrectionWeight), Occur.SHOULD);
                }
            }

            if (terms.Count == 0)
            {
                if ((language == "ru") == cyrillic)
                {
                    return null;
                }

                continue;
            }

            highlight?[language].UnionWith(terms.Select(t => t.Term));
            group.Add(Fields(language, terms, 1f), Occur.SHOULD);
        }

        if (designation.Count > 0)
        {
            group.Add(Match(LuceneFields.Designations, designation, 1.5f), Occur.SHOULD);
        }

        return group.Clauses.Count > 0 ? group : null;
    }

    /// <summary>A single word (not a phrase) none of whose analyzed forms occurs in any field of the index.</summary>
    private static bool IsUnknown(
        QueryClause clause,
        Dictionary<string, List<(string Term, int Position)>> analyzed,
        List<(string Term, int Position)> designation,
        SpellingVocabulary vocabulary) =>
        !clause.IsPhrase
        && analyzed.Values.All(t => t.Count <= 1)
        && analyzed.Values.Any(t => t.Count == 1)
        && analyzed.All(p => p.Value.Count == 0 || !vocabulary.Contains(p.Key, p.Value[0].Term))
        && designation.All(t => !vocabulary.Occurs(LuceneFields.Designations, t.Term));

    /// <summary>The letters of a typed word, lower case, ё folded, as the spelling key expects them.</summary>
    private static string Word(string text) =>
        new(text.ToLowerInvariant().Replace('ё', 'е').Where(char.IsLetter).ToArray());

    private BooleanQuery? Expand(ParsedQuery parsed, Dictionary<string, HashSet<string>> highlight, out IReadOnlyList<GlossaryExpansion> list)
    {
        list = [];
        if (expander is null || !parsed.Wanted.Any())
        {
            return null;
        }

        var text = string.Join(' ', parsed.Wanted.Select(c => c.Text));
        var tokens = Languages.ToDictionary(l => l, l => analyzers.Terms(text, l));
        list = expander.Expand(tokens);
        var query = new BooleanQuery();
        foreach (var expansion in list)
        {
            var terms = Positions(analyzers.For(expansion.Language), expansion.Text);
            if (terms.Count > 0)
            {
                highlight[SearchAnalyzers.LanguageField(expansion.Language)].UnionWith(terms.Select(t => t.Term));
                query.Add(Fields(SearchAnalyzers.LanguageField(expansion.Language), terms, expansion.Weight), Occur.SHOULD);
            }
        }

        return query.Clauses.Count > 0 ? query : null;
    }

    private static DisjunctionMaxQuery Fields(string language, IReadOnlyList<(string Term, int Position)> terms, float boost)
    {
        var fields = language == "ru"
            ? new[] { (LuceneFields.BodyRu, 1f), (LuceneFields.HeadingRu, 1.5f), (LuceneFields.TitleRu, 2f) }
            : new[] { (LuceneFields.BodyEn, 1f), (LuceneFields.HeadingEn, 1.5f), (LuceneFields.TitleEn, 2f) };
        var max = new DisjunctionMaxQuery(0.1f) { Boost = boost };
        foreach (var (field, weight) in fields)
        {
            max.Add(Match(field, terms, weight));
        }

        return max;
    }

    private static global::Lucene.Net.Search.Query Match(string field, IReadOnlyList<(string Term, int Position)> terms, float boost)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term)) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    /// <summary>Terms with their positions (stop words leave gaps), capped so a pasted paragraph stays one bounded phrase.</summary>
    private static List<(string Term, int Position)> Positions(Analyzer analyzer, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("query", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && result.Count < 32)
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }

        stream.End();
        return result;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
