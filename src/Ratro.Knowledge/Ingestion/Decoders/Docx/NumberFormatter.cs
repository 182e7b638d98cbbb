using System.Globalization;
using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>Writes a list counter the way Word shows it for a w:numFmt value ("decimal", "lowerLetter", "russianUpper" …).</summary>
internal static class NumberFormatter
{
    /// <summary>Word's Russian list letters: the alphabet without ё, й, ъ, ы and ь.</summary>
    private const string RussianLetters = "абвгдежзиклмнопрстуфхцчшщэюя";
    private const string LatinLetters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>True for the formats this formatter writes faithfully; others are written as decimal numbers.</summary>
    public static bool IsKnown(string format) => format is "decimal" or "decimalZero" or "lowerLetter" or "upperLetter"
        or "lowerRoman" or "upperRoman" or "russianLower" or "russianUpper" or "bullet" or "none"
        or "decimalEnclosedParen" or "decimalEnclosedFullstop" or "decimalFullWidth" or "decimalHalfWidth";

    public static string Format(int value, string format) => format switch
    {
        "none" => "",
        "decimalZero" => value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value),
        "lowerLetter" => Letters(value, LatinLetters),
        "upperLetter" => Letters(value, LatinLetters).ToUpperInvariant(),
        "russianLower" => Letters(value, RussianLetters),
        "russianUpper" => Letters(value, RussianLetters).ToUpper(CultureInfo.GetCultureInfo("ru-RU")),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalEnclosedParen" => $"({Decimal(value)})",
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Word repeats the letter after the alphabet runs out: a … z, aa … zz, aaa ….</summary>
    private static string Letters(int value, string alphabet)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }

        var letter = alphabet[(value - 1) % alphabet.Length];
        return new string(letter, ((value - 1) / alphabet.Length) + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return Decimal(value);
        }

        (int Value, string Digits)[] table =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var builder = new StringBuilder();
        foreach (var (step, digits) in table)
        {
            while (value >= step)
            {
                builder.Append(digits);
                value -= step;
            }
        }

        return builder.ToString();
    }
}
