using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>Edition markers that are not identity: "(ред. от 08.08.2024)", "(с изменениями на 14 февраля 2006 года)", "Edition 4.0", "Rev. 1".</summary>
public static partial class EditionFinder
{
    public static (string? Label, DateOnly? Date) Find(string head)
    {
        var russian = Revision().Match(head);
        if (russian.Success)
        {
            var date = DateOnly.TryParseExact(russian.Groups["date"].Value, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            return ($"ред. от {russian.Groups["date"].Value}", date);
        }

        var amended = Amended().Match(head);
        if (amended.Success)
        {
            return (amended.Value.Trim('(', ')', ' '), DateFinder.First(amended.Value));
        }

        var english = EnglishEdition().Match(head);
        return english.Success ? (english.Value.Trim(), null) : (null, null);
    }

    [GeneratedRegex(@"ред\.\s*от\s*(?<date>\d{2}\.\d{2}\.\d{4})")]
    private static partial Regex Revision();

    [GeneratedRegex(@"\(с изменениями (?:на|от) [^)]{6,40}\)")]
    private static partial Regex Amended();

    [GeneratedRegex(@"\b(?:Edition \d+(?:\.\d+)?|Rev\.\s*\d+)\b")]
    private static partial Regex EnglishEdition();
}
