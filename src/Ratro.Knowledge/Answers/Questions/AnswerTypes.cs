using System.Collections.Frozen;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// The noun that says what kind of answer a question wants ("Which <b>report</b> gives …", "Какой <b>стандарт</b>
/// устанавливает …", "By what <b>date</b> …") is not part of its subject: a document noun or a value noun within four
/// words after a question word is dropped.
/// </summary>
public static class AnswerTypes
{
    private static readonly FrozenSet<string> QuestionWords = new[]
    {
        "which", "what", "какой", "какая", "какое", "какие", "каким", "какому", "какого", "каких", "какую", "каком", "какими",
    }.Select(Words.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns naming the kind of value asked ("By what date …", "С какой даты …").</summary>
    private static readonly FrozenSet<string> ValueNouns = new[] { "date", "dates", "дата", "даты", "дату" }
        .Select(Words.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the question asks for a document ("Which report …", "Какой стандарт …").</summary>
    public static bool AsksDocument(IReadOnlyList<Word> words) =>
        words.Select((w, i) => (w, i)).Any(p => QuestionWords.Contains(p.w.Stem)
            && words.Skip(p.i + 1).Take(4).Any(n => StatusWords.DocumentNouns.Contains(n.Stem)));

    /// <summary>Drops a document noun right before or after a named designation ("в докладе ICRU Report 50", "the TG-21 protocol"): it is part of the name.</summary>
    public static List<Word> WithoutNamingNouns(List<Word> words, string text, IReadOnlyList<(int Start, int Length)> designations) =>
        words.Where(w => !(StatusWords.DocumentNouns.Contains(w.Stem) && designations.Any(d => Adjacent(text, w, d)))).ToList();

    private static bool Adjacent(string text, Word word, (int Start, int Length) span)
    {
        var (from, to) = word.End <= span.Start ? (word.End, span.Start) : (span.Start + span.Length, word.Start);
        return from <= to && text[from..to].All(c => char.IsWhiteSpace(c) || c is '«' or '»' or '"' or ',');
    }

    public static List<Word> Without(List<Word> words)
    {
        var drop = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!QuestionWords.Contains(words[i].Stem))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(words.Count, i + 5); j++)
            {
                if (StatusWords.DocumentNouns.Contains(words[j].Stem) || ValueNouns.Contains(words[j].Stem))
                {
                    drop.Add(j);
                    break;
                }
            }
        }

        return words.Where((_, i) => !drop.Contains(i)).ToList();
    }
}
