using System.Text.RegularExpressions;

namespace Ratro.Knowledge.References;

/// <summary>
/// Parts of a text where numbers look like references but are not: publication data of official gazettes
/// ("Собрание законодательства Российской Федерации, 2005, N 1, ст. 14") and web addresses.
/// </summary>
internal static partial class SuppressedSpans
{
    public static IReadOnlyList<(int Start, int End)> Find(string folded)
    {
        List<(int, int)>? spans = null;
        for (var match = Pattern().Match(folded); match.Success; match = match.NextMatch())
        {
            (spans ??= []).Add((match.Index, match.Index + match.Length));
        }

        return spans ?? (IReadOnlyList<(int, int)>)[];
    }

    public static bool Contains(IReadOnlyList<(int Start, int End)> spans, int position)
    {
        foreach (var (start, end) in spans)
        {
            if (position >= start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:Собрание\s+законодательства|СЗ\s+РФ|Российская\s+газета|Бюллетень\s+нормативных\s+актов|Ведомости\s+(?:Съезда|Верховного)|Официальный\s+интернет-портал\s+правовой\s+информации)[^()\n]*"
        + @"|(?:https?://|www\.)[^\s)]+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
