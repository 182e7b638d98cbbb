using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Finds clause references in a question, in the forms Russian and international documents use: "п. 3.1.2",
/// "пункт 4.2", "табл. 3.1", "Таблица 3.1", "ст. 9", "статья 17", "приложение 4", "§ 20.1201", "Table I",
/// "Article 9", "Art. 52", "Requirement 37", "Schedule III", "para. 3.146", "clause 4.2", "Annex B". Keys are
/// those of <see cref="ClauseKeys.Normalize"/>.
/// </summary>
public static partial class ClauseReferenceFinder
{
    public static IReadOnlyList<ClauseReference> Find(string text)
    {
        var found = new List<ClauseReference>();
        foreach (Match match in Reference().Matches(text))
        {
            var word = match.Groups["word"].Value;
            var number = match.Groups["number"].Value;
            var key = ClauseKeys.Normalize($"{Canonical(word)} {number}");
            if (key.Length > 0 && !found.Any(f => f.Key == key))
            {
                found.Add(new ClauseReference(match.Value.Trim(), key, match.Index, match.Length));
            }
        }

        return found;
    }

    /// <summary>The word ClauseKeys knows for the way a question wrote it.</summary>
    private static string Canonical(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        return lower switch
        {
            _ when lower.StartsWith("пункт", StringComparison.Ordinal) || lower.StartsWith("подпункт", StringComparison.Ordinal) => "п",
            _ when lower.StartsWith("таблиц", StringComparison.Ordinal) => "таблица",
            _ when lower.StartsWith("стат", StringComparison.Ordinal) => "статья",
            _ when lower.StartsWith("прилож", StringComparison.Ordinal) => "приложение",
            _ when lower.StartsWith("раздел", StringComparison.Ordinal) => "раздел",
            "para" or "paragraph" or "paras" => "para",
            "requirement" or "requirements" => "requirement",
            "schedule" or "schedules" => "schedule",
            _ => lower,
        };
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?<word>п\.|пп\.|пункт[а-я]*|подпункт[а-я]*|табл\.|таблиц[а-я]*|ст\.|стать[а-я]+|прил\.|приложени[а-я]+|раздел[а-я]*|§|" +
        @"table|tables|article|art\.|requirement|schedule|para\.|paragraph|clause|annex|appendix)\s*" +
        @"(?<number>\d+(?:\.\d+)*|(?-i:[IVX]+)\b|(?-i:[A-Z])\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
