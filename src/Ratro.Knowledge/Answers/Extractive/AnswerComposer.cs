
namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// Writes the extractive answer: the status sentences of a status question, then one sentence per cited passage —
/// "Согласно X, п. 3.1.2: «…» [1]." / "According to X, Table I: "…" [1]." (a table row reads as its row, column and
/// cell) — and the warnings about cited documents that are not in force.
/// </summary>
public static class AnswerComposer
{
    public static string Compose(AnswerContext context, IReadOnlyList<ScoredPassage> chosen, IReadOnlyList<string> lead, IReadOnlyList<string> warnings)
    {
        var language = context.Language;
        var parts = new List<string>(lead);
        foreach (var (passage, n) in chosen.Select((p, i) => (p, i + 1)))
        {
            var candidate = passage.Clause.Candidate;
            var phrase = passage.Passage.IsTableRow
                ? TableCells.Phrase(candidate.Clause, passage.Passage, context.Question)
                : AnswerTexts.Quote(language, passage.Passage.Text);
            parts.Add(AnswerTexts.According(language, ClauseLabels.Document(candidate.Document), ClauseLabels.Clause(candidate.Clause, language))
                + phrase + $" [{n}]");
        }

        parts.AddRange(warnings);
        return string.Join(' ', parts.Select(Sentence));
    }

    private static string Sentence(string part) => part.EndsWith('.') || part.EndsWith('?') || part.EndsWith('!') ? part : part + ".";
}
