using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Search.Designations;

/// <summary>
/// Splits text into designation tokens — runs of letters and digits, dots kept between digits ("2.6.1.2523") —
/// lower-cased with ё folded to е, so that "НРБ-99/2009", "нрб 99/2009" and "НРБ–99 / 2009" give the same key
/// ("нрб 99 2009"). Dashes, slashes, colons, brackets, "№" and spaces all separate tokens.
/// </summary>
public static partial class DesignationTokens
{
    public static IReadOnlyList<DesignationToken> Tokenize(string text)
    {
        var tokens = new List<DesignationToken>();
        foreach (Match match in Token().Matches(text))
        {
            var value = match.Value.Trim('.').ToLowerInvariant().Replace('ё', 'е');
            if (value.Length > 0 && value != "n" && value != "no")
            {
                tokens.Add(new DesignationToken(value, match.Index, match.Length));
            }
        }

        return tokens;
    }

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
