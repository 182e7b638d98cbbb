using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Documents;

/// <summary>
/// Normalizes clause identifiers, as printed or as referenced, to one lookup key:
/// "п. 3.1.2" and "3.1.2." → "3.1.2"; "Статья 9", "ст. 9", "Art. 9º" → "article:9";
/// "Приложение 2", "прил. 2", "Annex B" → "annex:2", "annex:b"; "табл. 3.1", "Table II" → "table:3.1", "table:ii".
/// Keys of parts inside an article are scoped: "article:10/2".
/// </summary>
public static partial class ClauseKeys
{
    private static readonly (string Prefix, string Kind)[] Words =
    [
        ("статья", "article"), ("статьи", "article"), ("статье", "article"), ("статьей", "article"), ("ст", "article"),
        ("article", "article"), ("art", "article"), ("artigo", "article"),
        ("глава", "chapter"), ("главы", "chapter"), ("гл", "chapter"), ("chapter", "chapter"), ("capítulo", "chapter"),
        ("раздел", "section"), ("раздела", "section"), ("разд", "section"), ("section", "section"), ("seção", "section"),
        ("приложение", "annex"), ("приложения", "annex"), ("приложению", "annex"), ("прил", "annex"),
        ("annex", "annex"), ("appendix", "annex"), ("anexo", "annex"),
        ("таблица", "table"), ("таблицы", "table"), ("таблице", "table"), ("табл", "table"), ("table", "table"), ("tabela", "table"),
        ("requirement", "requirement"), ("требование", "requirement"),
        ("schedule", "schedule"),
        ("часть", "part"), ("части", "part"), ("ч", "part"), ("part", "part"),
        ("пункт", ""), ("пункта", ""), ("пункте", ""), ("п", ""), ("пп", ""), ("clause", ""), ("subclause", ""),
        ("para", ""), ("paras", ""), ("paragraph", ""), ("§", ""),
    ];

    /// <summary>The key of an identifier such as "3.1.2", "Статья 9" or "Annex A"; empty for an empty identifier.</summary>
    public static string Normalize(string identifier)
    {
        var text = identifier.Trim().Replace('\u00A0', ' ');
        if (text.Length == 0)
        {
            return "";
        }

        var (kind, rest) = SplitKind(text);
        var number = CleanNumber(rest);
        return kind.Length == 0 ? number : number.Length == 0 ? kind : $"{kind}:{number}";
    }

    /// <summary>A key scoped under a parent key, for numbering that restarts inside articles.</summary>
    public static string Scoped(string parentKey, string childKey) => $"{parentKey}/{childKey}";

    /// <summary>A stable ASCII HTML anchor for a key: "3.1.2" → "p-3-1-2", "article:9" → "article-9".</summary>
    public static string Anchor(string key)
    {
        if (key.Length == 0)
        {
            return "top";
        }

        var latin = Transliterate(key.ToLowerInvariant());
        var builder = new StringBuilder(latin.Length + 2);
        foreach (var c in latin)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var anchor = CollapseDashes().Replace(builder.ToString(), "-").Trim('-');
        return char.IsAsciiDigit(anchor[0]) ? "p-" + anchor : anchor;
    }

    private static (string Kind, string Remainder) SplitKind(string text)
    {
        var match = LeadingWord().Match(text);
        if (match.Success)
        {
            var word = match.Groups["word"].Value.ToLowerInvariant();
            foreach (var (prefix, kind) in Words)
            {
                if (word == prefix)
                {
                    return (kind, text[match.Length..]);
                }
            }
        }

        return ("", text);
    }

    private static string CleanNumber(string rest)
    {
        var number = rest.Trim().TrimStart('№', 'N', ' ').Trim();
        number = number.Replace("º", "", StringComparison.Ordinal).Replace("°", "", StringComparison.Ordinal);
        number = number.TrimEnd('.', ')', ':', ' ');
        return number.Replace(" ", "", StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture);
    }

    private static string Transliterate(string text)
    {
        const string cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        string[] latin =
        [
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
            "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
        ];
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var index = cyrillic.IndexOf(c, StringComparison.Ordinal);
            builder.Append(index >= 0 ? latin[index] : c.ToString());
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<word>§|[\p{L}]+)\.?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWord();

    [GeneratedRegex("-{2,}")]
    private static partial Regex CollapseDashes();
}
