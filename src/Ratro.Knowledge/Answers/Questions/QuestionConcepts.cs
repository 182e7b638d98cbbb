using Ratro.Knowledge.Answers.Knowledge;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Turns the subject words of a question into concepts: glossary terms first (each with all its forms in both
/// languages), then every other content word or number on its own — with its cognate in the other language when the
/// base has one (<see cref="Cognates"/>), which makes it checkable against documents in either language. Weights come from clause frequencies: a concept
/// is as common as its most common form.
/// </summary>
public static class QuestionConcepts
{
    public static IReadOnlyList<QueryConcept> Build(IReadOnlyList<Word> words, KnowledgeSnapshot snapshot, bool dropStatusWords)
    {
        var stems = words.Select(w => w.Stem).ToList();
        var covered = new bool[words.Count];
        var concepts = new List<QueryConcept>();
        foreach (var (concept, start, length) in snapshot.Concepts.Find(stems))
        {
            covered.AsSpan(start, length).Fill(true);
            var written = string.Join(' ', words.Skip(start).Take(length).Select(w => w.Text));
            var alternatives = concept.Forms.Select(f => f.Stems).ToList();
            var frequency = alternatives.Max(a => a.Min(snapshot.Terms.Frequency));
            var languages = concept.Forms.Select(f => f.Language).Distinct().Count();
            concepts.Add(new QueryConcept(
                written, alternatives, snapshot.Terms.WeightOf(frequency), frequency == 0, languages > 1, LanguageOf(written)));
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (covered[i] || StopWords.Contains(word.Stem) || (dropStatusWords && StatusWords.Stems.Contains(word.Stem)))
            {
                continue;
            }

            if (concepts.Any(c => c.Alternatives.Count == 1 && c.Alternatives[0].Length == 1 && c.Alternatives[0][0] == word.Stem))
            {
                continue;
            }

            var cognate = Cognates.OtherLanguageKey(word.Text) is { } key && snapshot.Terms.Frequency(key) > 0 ? key : null;
            var frequency = Math.Max(snapshot.Terms.Frequency(word.Stem), cognate is null ? 0 : snapshot.Terms.Frequency(cognate));
            string[][] alternatives = cognate is null ? [[word.Stem]] : [[word.Stem], [cognate]];
            concepts.Add(new QueryConcept(
                word.Text, alternatives, snapshot.Terms.WeightOf(frequency), frequency == 0, cognate is not null, LanguageOf(word.Text)));
        }

        return concepts;
    }

    /// <summary>
    /// A designation of a document the base does not hold (or the caller may not read), as one required concept:
    /// its words and numbers, as heavy as a word the base does not know.
    /// </summary>
    public static QueryConcept Designation(string written, KnowledgeSnapshot snapshot)
    {
        var stems = Words.Stems(written).Where(s => !StopWords.Contains(s)).ToArray();
        return new QueryConcept(written, [stems], snapshot.Terms.WeightOf(0), true, false, "*", Required: true);
    }

    private static string LanguageOf(string text) => text.Any(char.IsDigit) && !text.Any(char.IsLetter) ? "*" : Words.IsCyrillic(text) ? "ru" : "en";
}
