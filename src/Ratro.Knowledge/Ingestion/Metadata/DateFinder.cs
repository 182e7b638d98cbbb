using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>Finds dates written the Russian, ISO and English ways: "27.07.2006", "9 января 1996 г.", "2015-01-01", "1 July 2009".</summary>
public static partial class DateFinder
{
    private static readonly string[] RussianMonths =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first date in <paramref name="text"/> after position <paramref name="start"/>, or null.</summary>
    public static DateOnly? First(string text, int start = 0)
    {
        var match = AnyDate().Match(text, Math.Min(start, text.Length));
        return match.Success ? Parse(match) : null;
    }

    /// <summary>The date after a marker phrase ("Дата введения", "введен в действие с", "Effective date"), or null.</summary>
    public static DateOnly? After(string text, Regex marker)
    {
        var found = marker.Match(text);
        if (!found.Success)
        {
            return null;
        }

        var date = AnyDate().Match(text, found.Index + found.Length);
        return date.Success && date.Index - (found.Index + found.Length) < 40 ? Parse(date) : null;
    }

    private static DateOnly? Parse(Match match)
    {
        int day, month, year;
        if (match.Groups["dd"].Success)
        {
            day = int.Parse(match.Groups["dd"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["yyyy"].Value, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["iy"].Success)
        {
            year = int.Parse(match.Groups["iy"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["im"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            day = int.Parse(match.Groups["wd"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["wy"].Value, CultureInfo.InvariantCulture);
            month = MonthOf(match.Groups["wm"].Value.ToLowerInvariant());
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int MonthOf(string word)
    {
        for (var i = 0; i < 12; i++)
        {
            if (word.StartsWith(EnglishMonths[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        for (var i = 0; i < 12; i++)
        {
            if (word.StartsWith(RussianMonths[i], StringComparison.Ordinal) && (i != 4 || word is "мая" or "май"))
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"(?<!\d)(?:(?<dd>\d{1,2})\.(?<mm>\d{1,2})\.(?<yyyy>(?:19|20)\d{2})|(?<iy>(?:19|20)\d{2})-(?<im>\d{2})-(?<id>\d{2})|(?<wd>\d{1,2})\s+(?<wm>[а-яА-Яa-zA-Z]{3,9})\s+(?<wy>(?:19|20)\d{2}))(?!\d)")]
    private static partial Regex AnyDate();
}
