using Ratro.Knowledge.Answers.Questions;

namespace Ratro.Knowledge.Answers.Knowledge;

/// <summary>
/// The bilingual glossary for answering: finds glossary terms in a question by stems (longest first) so that a
/// Russian question matches English clauses and the reverse (absorbed dose ↔ поглощённая доза, MLC ↔ МЛК).
/// </summary>
public sealed class ConceptLexicon
{
    private readonly List<(string[] Stems, GlossaryConcept Concept)> forms = [];

    public ConceptLexicon(Glossary.Glossary glossary)
    {
        foreach (var term in glossary.Terms)
        {
            var list = new List<(string[], string)>();
            void Add(string text, string language)
            {
                var stems = Words.Stems(text).ToArray();
                if (stems.Length > 0 && !list.Any(f => f.Item1.SequenceEqual(stems)))
                {
                    list.Add((stems, language));
                }
            }

            Add(term.TermRu, "ru");
            Add(term.TermEn, "en");
            foreach (var s in term.SynonymsRu)
            {
                Add(s, "ru");
            }

            foreach (var s in term.SynonymsEn)
            {
                Add(s, "en");
            }

            foreach (var a in term.Abbreviations)
            {
                Add(a, Words.IsCyrillic(a) ? "ru" : "en");
            }

            var concept = new GlossaryConcept(term.Key, list);
            foreach (var (stems, _) in list)
            {
                forms.Add((stems, concept));
            }
        }

        forms.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
    }

    public static ConceptLexicon Empty { get; } = new(new Glossary.Glossary([], "none"));

    public int Count => forms.Count;

    /// <summary>
    /// Glossary terms found in a word sequence, each with the word positions it covers; longer forms first, no overlaps.
    /// Forms of one letter or stop words alone are ignored.
    /// </summary>
    public IReadOnlyList<(GlossaryConcept Concept, int Start, int Length)> Find(IReadOnlyList<string> stems)
    {
        var used = new bool[stems.Count];
        var found = new List<(GlossaryConcept, int, int)>();
        foreach (var (form, concept) in forms)
        {
            if (form.Length == 1 && (form[0].Length < 2 || StopWords.Contains(form[0])))
            {
                continue;
            }

            for (var i = 0; i + form.Length <= stems.Count; i++)
            {
                if (!used.AsSpan(i, form.Length).Contains(true) && Matches(stems, i, form))
                {
                    used.AsSpan(i, form.Length).Fill(true);
                    found.Add((concept, i, form.Length));
                }
            }
        }

        return found.OrderBy(f => f.Item2).ToList();
    }

    private static bool Matches(IReadOnlyList<string> stems, int at, string[] form)
    {
        for (var j = 0; j < form.Length; j++)
        {
            if (stems[at + j] != form[j])
            {
                return false;
            }
        }

        return true;
    }
}
