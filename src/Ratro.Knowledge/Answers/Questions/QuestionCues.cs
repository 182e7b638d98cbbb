using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// What a question asks beyond its subject, read from cue words in Russian and English: whether it wants what
/// is in force (and on which day), the status of a named document, a comparison, or a value (a limit, a tolerance,
/// a number of something).
/// </summary>
public static partial class QuestionCues
{
    private static readonly string[] InForcePhrases =
        ["действующ", "действует", "действуют", "в силе", "в силу", "актуальн", "текущ", "на сегодня", "сейчас",
         "in force", "current", "currently", "still valid", "valid today", "now"];

    private static readonly string[] StatusPhrases =
        ["действует ли", "действуют ли", "действующий ли", "в силе ли", "утратил", "отменен", "отменён", "отменены", "заменен",
         "заменён", "заменил", "заменила", "заменили", "заменены", "на смену", "статус", "взамен", "пришл",
         "in force", "superseded", "supersede", "replaced", "replace", "withdrawn", "repealed", "status", "still valid"];

    private static readonly string[] ComparisonPhrases =
        ["сравн", "отлича", "различ", "разниц", "compare", "comparison", "differ", "difference", "versus", " vs "];

    private static readonly string[] ValuePhrases =
        ["сколько", "каков", "какова", "каково", "каковы", "чему равн", "какой предел", "какое значение", "какая доза",
         "до какой", "до какого", "с какого", "какой коэффициент", "какой допуск", "какая величина", "какой уровень",
         "how much", "how many", "how often", "how large", "what is the", "what limit", "what dose", "what tolerance",
         "which dose", "what value", "what maximum", "what minimum", "up to what", "until what", "within what",
         "above what", "below what", "by what", "what annual", "what daily", "what monthly", "limit", "tolerance",
         "предел", "допуск", "коэффициент", "периодичн", "how is"];

    public static bool WantsInForce(string question) => Has(question, InForcePhrases);

    public static bool AsksStatus(string question) => Has(question, StatusPhrases);

    public static bool Compares(string question) => Has(question, ComparisonPhrases);

    public static bool AsksValue(string question) => Has(question, ValuePhrases);

    /// <summary>A day the question names ("на 01.01.2010", "as of 2015-03-01", "в 2012 году": 1 July of that year).</summary>
    public static DateOnly? Date(string question)
    {
        if (DayPattern().Match(question) is { Success: true } day
            && DateOnly.TryParseExact(day.Value, ["dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return YearPattern().Match(question) is { Success: true } year
            ? new DateOnly(int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture), 7, 1)
            : null;
    }

    private static bool Has(string question, string[] phrases)
    {
        var text = " " + question.ToLowerInvariant().Replace('ё', 'е') + " ";
        return phrases.Any(p => text.Contains(p.Replace('ё', 'е'), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"(?:\bв|\bна|\bin|\bas of|\bon)\s+(?<year>(?:19|20)\d{2})\s*(?:году|г\.|год|\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearPattern();
}
