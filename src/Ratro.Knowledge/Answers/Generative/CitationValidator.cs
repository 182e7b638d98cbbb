using System.Globalization;
using System.Text.RegularExpressions;
using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>
/// Checks a generated answer against the clauses the model was given. A marker naming a clause that was not given is
/// removed; a quoted span that the cited clause does not contain removes its sentence; a sentence left without any
/// valid marker is removed (every claim needs one). Each removal is reported. The not-found token makes the whole
/// answer a refusal.
/// </summary>
public static partial class CitationValidator
{
    public static ValidatedAnswer Validate(string generated, IReadOnlyList<CandidateClause> clauses, string language)
    {
        var text = generated.Trim();
        if (text.Contains(AnswerPrompt.NotFoundToken, StringComparison.Ordinal))
        {
            return new ValidatedAnswer("", [], [], NotFound: true);
        }

        var removed = new List<string>();
        var kept = new List<(string Sentence, List<int> Markers)>();
        foreach (var sentence in SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            if (Check(sentence, clauses, language, removed) is { } valid)
            {
                kept.Add(valid);
            }
        }

        var order = kept.SelectMany(k => k.Markers).Distinct().ToList();
        var renumbered = kept.Select(k => Marker().Replace(k.Sentence, m =>
        {
            var numbers = Numbers(m).Where(n => order.Contains(n)).Select(n => order.IndexOf(n) + 1).Distinct();
            return string.Concat(numbers.Select(n => $"[{n}]"));
        }));
        var quotes = kept.SelectMany(k => QuotesIn(k.Sentence).Select(q => (q.Marker, q.Text))).ToList();
        var cited = order.Select(n =>
        {
            var clause = clauses[n - 1];
            var quote = quotes.Where(q => q.Marker == n).Select(q => QuoteLocator.Find(clause.Clause.Text, q.Text)).FirstOrDefault(q => q is not null);
            return (clause, quote);
        }).ToList();
        return new ValidatedAnswer(string.Join(' ', renumbered), cited, removed, NotFound: false);
    }

    private static (string, List<int>)? Check(string sentence, IReadOnlyList<CandidateClause> clauses, string language, List<string> removed)
    {
        var valid = new List<int>();
        foreach (Match marker in Marker().Matches(sentence))
        {
            foreach (var n in Numbers(marker))
            {
                if (n >= 1 && n <= clauses.Count)
                {
                    valid.Add(n);
                }
                else
                {
                    removed.Add(AnswerTexts.CitationRemoved(language, $"[{n}]", language == "ru" ? "такой пункт не был найден" : "no such clause was retrieved"));
                }
            }
        }

        foreach (var (number, quote) in QuotesIn(sentence))
        {
            var target = number > 0 && number <= clauses.Count ? number : valid.FirstOrDefault();
            if (target == 0 || QuoteLocator.Find(clauses[target - 1].Clause.Text, quote) is null)
            {
                removed.Add(AnswerTexts.CitationRemoved(
                    language, target == 0 ? "—" : $"[{target}]", language == "ru" ? "цитаты нет в тексте пункта" : "the quoted text is not in the clause"));
                return null;
            }
        }

        if (valid.Count == 0)
        {
            if (Regex.IsMatch(sentence, @"\p{L}{3}"))
            {
                removed.Add(language == "ru" ? "удалено утверждение без ссылки" : "a statement without a citation was removed");
            }

            return null;
        }

        return (sentence, valid.Distinct().ToList());
    }

    /// <summary>Quoted spans and the marker that follows each (0 when none follows in the sentence).</summary>
    private static IEnumerable<(int Marker, string Text)> QuotesIn(string sentence)
    {
        foreach (Match quote in Quoted().Matches(sentence))
        {
            var body = quote.Groups.Values.Skip(1).First(g => g.Success).Value;
            var after = Marker().Match(sentence, quote.Index + quote.Length);
            yield return (after.Success ? Numbers(after).First() : 0, body);
        }
    }

    private static IEnumerable<int> Numbers(Match marker) =>
        marker.Groups["n"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.Parse(n, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\[(?<n>\d{1,3}(?:\s*,\s*\d{1,3})*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"""([^""]{3,})""|«([^»]{3,})»|“([^”]{3,})”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<=[.!?](?:\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\])*)\s+(?=[\p{Lu}«""“(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
