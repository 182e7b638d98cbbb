using System.Globalization;

namespace Ratro.Knowledge.References;

/// <summary>Expands numeric ranges: "7.12–7.13" → 7.12, 7.13; "2 - 11" → 2 … 11; "3.76–3.78" → 3.76, 3.77, 3.78; "3 - 5.1" → 3, 4, 5, 5.1.</summary>
internal static class ClauseRange
{
    /// <summary>Ranges longer than this keep only their ends (a misread range must not flood the graph).</summary>
    public const int MaxExpansion = 100;

    public static IEnumerable<string> Expand(ClauseItem item)
    {
        if (item.To is null)
        {
            return [item.From];
        }

        var (prefixFrom, lastFrom) = Split(item.From);
        var (prefixTo, lastTo) = Split(item.To);
        if (prefixFrom.Length == 0 && lastFrom is { } whole && IntegerPart(item.To) is { } toWhole && toWhole > whole && toWhole - whole <= MaxExpansion)
        {
            // "3 - 5.1": parts 3, 4, 5 and 5.1.
            return Enumerable.Range(whole, toWhole - whole + 1).Select(n => n.ToString(CultureInfo.InvariantCulture)).Append(item.To);
        }

        if (prefixFrom != prefixTo || lastFrom is not { } low || lastTo is not { } high || high <= low || high - low > MaxExpansion)
        {
            return [item.From, item.To];
        }

        return Enumerable.Range(low, high - low + 1).Select(n => prefixFrom + n.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>"5.1" → 5 when the number has exactly one dot; null otherwise.</summary>
    private static int? IntegerPart(string number)
    {
        var parts = number.Split('.');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>"3.76" → ("3.", 76); "11" → ("", 11); "B" → ("B", null).</summary>
    private static (string Prefix, int? Last) Split(string number)
    {
        var dot = number.LastIndexOf('.');
        var last = number[(dot + 1)..];
        return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && last[0] != '0'
            ? (number[..(dot + 1)], value)
            : (number, null);
    }
}
