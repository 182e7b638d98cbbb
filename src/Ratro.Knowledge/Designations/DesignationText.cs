using System.Text;

namespace Ratro.Knowledge.Designations;

/// <summary>Small text functions for building canonical forms.</summary>
internal static class DesignationText
{
    /// <summary>Single spaces, trimmed.</summary>
    public static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Removes all white space ("2.6 .1" → "2.6.1").</summary>
    public static string RemoveSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A two-digit year as printed in designations: 00–49 → 2000s, 50–99 → 1900s.</summary>
    public static int ExpandYear(string digits)
    {
        var value = int.Parse(digits);
        return digits.Length == 2 ? value < 50 ? 2000 + value : 1900 + value : value;
    }

    /// <summary>The text between quotes after a designation, when the input carries a title.</summary>
    public static string? QuotedTitle(string folded, int from)
    {
        var open = folded.IndexOf('"', from);
        if (open < 0)
        {
            return null;
        }

        var close = folded.LastIndexOf('"');
        return close > open + 1 ? CollapseSpaces(folded[(open + 1)..close]) : null;
    }
}
