namespace Ratro.Knowledge.Answers;

/// <summary>
/// Checks a question before any work: empty or white space only, longer than the limit, or without a single word of
/// two letters or more (symbols, digits, punctuation) — each refused with its reason and a sentence saying what to do.
/// Garbage that does contain words goes on and is refused as not found when nothing answers it.
/// </summary>
public static class QuestionCheck
{
    public static Answer? Refuse(string question, string language, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return Refusals.Invalid(RefusalReason.EmptyQuestion, AnswerTexts.EmptyQuestion(language), language);
        }

        if (question.Length > maxLength)
        {
            return Refusals.Invalid(RefusalReason.QuestionTooLong, AnswerTexts.TooLong(language, question.Length, maxLength), language);
        }

        return Questions.Words.Split(question).Any(w => !w.IsNumber && w.Text.Count(char.IsLetter) >= 2)
            ? null
            : Refusals.Invalid(RefusalReason.Unintelligible, AnswerTexts.Unintelligible(language), language);
    }

    /// <summary>Control characters read as spaces, outer white space removed.</summary>
    public static string Clean(string question) =>
        new string(question.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
}
