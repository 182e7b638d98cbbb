using Lucene.Net.Index;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// The words of one index version, for a misspelled query word: whether a term occurs at all, and the indexed terms
/// whose spelling key is closest to the word's (see <see cref="Key"/>). Built on first use per index version.
/// </summary>
public sealed class SpellingVocabulary
{
    private static readonly string[] RussianFields = [LuceneFields.BodyRu, LuceneFields.HeadingRu, LuceneFields.TitleRu];
    private static readonly string[] EnglishFields = [LuceneFields.BodyEn, LuceneFields.HeadingEn, LuceneFields.TitleEn];

    private readonly IndexReader reader;
    private readonly Lazy<Dictionary<string, (string Term, int Count)[]>> russian;
    private readonly Lazy<Dictionary<string, (string Term, int Count)[]>> english;

    public SpellingVocabulary(IndexReader reader)
    {
        this.reader = reader;
        russian = new(() => Build("ru"));
        english = new(() => Build("en"));
    }

    /// <summary>Whether any field of the language holds this (analyzed) term.</summary>
    public bool Contains(string language, string term) => Fields(language).Any(f => Occurs(f, term));

    /// <summary>Whether the field holds this term in any document.</summary>
    public bool Occurs(string field, string term) => reader.DocFreq(new Term(field, term)) > 0;

    /// <summary>
    /// The indexed terms of the language whose key is nearest to <paramref name="key"/> (at most one edit for keys of
    /// four to seven letters, two from eight; none below four), most frequent first, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<string> Near(string language, string key, int limit)
    {
        var budget = key.Length switch { < 4 => 0, < 8 => 1, _ => 2 };
        if (budget == 0 || key.Any(char.IsDigit))
        {
            return [];
        }

        var best = budget + 1;
        var found = new List<(string Term, int Count)>();
        foreach (var (candidate, terms) in (language == "ru" ? russian : english).Value)
        {
            if (Math.Abs(candidate.Length - key.Length) > Math.Min(budget, best))
            {
                continue;
            }

            var distance = EditDistance.Bounded(key, candidate, Math.Min(budget, best));
            if (distance < best)
            {
                best = distance;
                found.Clear();
            }

            if (distance == best)
            {
                found.AddRange(terms);
            }
        }

        return best > budget
            ? []
            : found.OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(limit).Select(t => t.Term).ToList();
    }

    /// <summary>
    /// The key a word is compared by: for a Cyrillic word its Snowball stem (so an indexed lemma and a misspelled
    /// inflected form meet: "радиационный" and "радиацонная" are "радиацион" and "радиацон"), otherwise the word itself.
    /// </summary>
    public static string Key(string word)
    {
        if (!word.Any(c => c is >= 'а' and <= 'я'))
        {
            return word;
        }

        var stemmer = new RussianStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static string[] Fields(string language) => language == "ru" ? RussianFields : EnglishFields;

    private Dictionary<string, (string Term, int Count)[]> Build(string language)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Fields(language))
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var term = iterator.Term.Utf8ToString();
                if (term.Length >= 3 && term.All(char.IsLetter))
                {
                    counts[term] = counts.GetValueOrDefault(term) + iterator.DocFreq;
                }
            }
        }

        return counts.GroupBy(p => Key(p.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray(), StringComparer.Ordinal);
    }
}
