using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Search.Designations;

/// <summary>
/// Splits text into designation tokens — runs of letters and digits, dots kept between digits ("2.6.1.2523") —
/// lower-cased with ё folded to е, so that "НРБ-99/2009", "нрб 99/2009" and "НРБ–99 / 2009" give the same key
/// ("нрб 99 2009"). Dashes, slashes, colons, brackets, "№" and spaces all separate tokens, and so does a change
/// from letters to digits or back ("TG51" is "tg 51", "116н" is "116 н") and a dot that is not between two digits
/// ("No.151" is "151"), so forms written without a separator match.
/// </summary>
public static partial class DesignationTokens
{
    public static IReadOnlyList<DesignationToken> Tokenize(string text)
    {
        var tokens = new List<DesignationToken>();
        foreach (Match match in Token().Matches(text))
        {
            var value = match.Value.Trim('.').ToLowerInvariant().Replace('ё', 'е');
            if (value.Length == 0 || value == "n" || value == "no")
            {
                continue;
            }

            var offset = match.Index + match.Value.Length - match.Value.TrimStart('.').Length;
            var start = 0;
            for (var i = 1; i <= value.Length; i++)
            {
                var dot = i < value.Length && value[i] == '.' && !(char.IsDigit(value[i - 1]) && i + 1 < value.Length && char.IsDigit(value[i + 1]));
                if (i < value.Length && !dot && !IsScriptChange(value[i - 1], value[i]))
                {
                    continue;
                }

                var part = value[start..i];
                if (part.Length > 0 && part != "n" && part != "no")
                {
                    tokens.Add(start == 0 && i == value.Length
                        ? new DesignationToken(value, match.Index, match.Length)
                        : new DesignationToken(part, offset + start, i - start));
                }

                start = dot ? i + 1 : i;
            }
        }

        return tokens;
    }

    /// <summary>A letter next to a digit, in either order.</summary>
    private static bool IsScriptChange(char previous, char current) =>
        (char.IsLetter(previous) && char.IsDigit(current)) || (char.IsDigit(previous) && char.IsLetter(current));

    /// <summary>The normalized key of a whole designation.</summary>
    public static string Key(string designation) => string.Join(' ', Tokenize(designation).Select(t => t.Value));

    public static bool HasDigit(string key) => key.Any(char.IsDigit);

    /// <summary>A year-like last token ("2020", or "09" after a dotted number) that an undated reference leaves out.</summary>
    public static bool IsYear(string token, string? previous) =>
        (token.Length == 4 && token.All(char.IsDigit) && (token.StartsWith("19", StringComparison.Ordinal) || token.StartsWith("20", StringComparison.Ordinal)))
        || (token.Length == 2 && token.All(char.IsDigit) && previous is not null && previous.Contains('.', StringComparison.Ordinal));

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
