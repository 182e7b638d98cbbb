using System.Text;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Cognate keys: many technical words are the same word in Russian and English ("индивидуальный" / "individual",
/// "дозиметр" / "dosimeter", "критерий" / "criterion", "максимальный" / "maximum"). A word of six letters or more is
/// transliterated to Latin letters and spelled plainly (c, q → k; x → ks; y, j → i; z → s; w → v; ph → f; double
/// letters single); its first six letters, tagged with the word's own language, are the key: "~ru:indivi" for
/// "индивидуальный", "~en:indivi" for "individual". A question word looks for the other language's key. The keys
/// live among a text's stems (they cannot collide with stems, which have no "~").
/// </summary>
public static class Cognates
{
    private const int Length = 6;

    private static readonly string[] Latin =
    [
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts",
        "ch", "sh", "sh", "", "i", "", "e", "iu", "ia",
    ];

    /// <summary>The key of a word in its own language, or null for a word shorter than six letters.</summary>
    public static string? Key(string word)
    {
        if (word.Length < Length || !word.All(char.IsLetter))
        {
            return null;
        }

        var cyrillic = Words.IsCyrillic(word);
        var plain = Plain(cyrillic ? Transliterate(word.ToLowerInvariant()) : word.ToLowerInvariant());
        return plain.Length < Length ? null : $"~{(cyrillic ? "ru" : "en")}:{plain[..Length]}";
    }

    /// <summary>The key the same word would have in the other language.</summary>
    public static string? OtherLanguageKey(string word) =>
        Key(word) is { } key ? (key.StartsWith("~ru:", StringComparison.Ordinal) ? "~en:" : "~ru:") + key[4..] : null;

    private static string Transliterate(string word)
    {
        const string cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        var builder = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            var at = cyrillic.IndexOf(c, StringComparison.Ordinal);
            builder.Append(at >= 0 ? Latin[at] : c.ToString());
        }

        return builder.ToString();
    }

    private static string Plain(string latin)
    {
        var text = latin.Replace("ph", "f", StringComparison.Ordinal).Replace("x", "ks", StringComparison.Ordinal)
            .Replace('c', 'k').Replace('q', 'k').Replace('y', 'i').Replace('j', 'i').Replace('z', 's').Replace('w', 'v');
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c) && (builder.Length == 0 || builder[^1] != c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
