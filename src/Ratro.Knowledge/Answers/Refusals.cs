using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers;

/// <summary>Builds refused answers: the fixed sentence, the reason, and the closest documents the caller may read.</summary>
public static class Refusals
{
    public static Answer NotFound(AnswerContext context, IEnumerable<string> details, IEnumerable<string> notes, double confidence)
    {
        var closest = context.Retrieval.RankedDocuments.Take(context.Options.ClosestDocuments).ToList();
        var text = string.Join(' ', new[] { AnswerTexts.NotFound(context.Language) }.Concat(details));
        if (closest.Count > 0)
        {
            text += " " + AnswerTexts.Closest(context.Language) + string.Join("; ", closest.Select(ClauseLabels.Document)) + ".";
        }

        return new Answer
        {
            Text = text,
            Refused = true,
            RefusalReason = RefusalReason.NotFound,
            Language = context.Language,
            Confidence = Math.Round(confidence, 3),
            ClosestDocuments = closest.Select(Suggestion).ToList(),
            Notes = notes.Concat(context.Retrieval.Notes).Distinct().ToList(),
        };
    }

    public static Answer Invalid(RefusalReason reason, string text, string language) => new()
    {
        Text = text,
        Refused = true,
        RefusalReason = reason,
        Language = language,
        Method = AnswerMethods.None,
    };

    private static DocumentSuggestion Suggestion(NormativeDocument document) =>
        new(document.Designation, document.Canonical, document.Title, EnumNames.ToName(document.Status), AnswerLinks.Document(document));
}
