using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations;

/// <summary>Parses the dates of Russian acts: "09.01.1996", "9 января 1996 г.".</summary>
internal static partial class RussianDates
{
    private static readonly string[] Months =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            var year = DesignationText.ExpandYear(numeric.Groups["y"].Value);
            return Create(year, int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        var words = WordDate().Match(text);
        if (!words.Success)
        {
            return null;
        }

        var month = Array.IndexOf(Months, words.Groups["m"].Value.ToLowerInvariant()) + 1;
        return Create(int.Parse(words.Groups["y"].Value, CultureInfo.InvariantCulture), month, int.Parse(words.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>"dd.MM.yyyy", the form canonical designations print dates in.</summary>
    public static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static DateOnly? Create(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4}|\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<d>\d{1,2})\s+(?<m>\p{L}+)\s+(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();
}
