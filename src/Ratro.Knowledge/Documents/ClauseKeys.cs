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
        ("статью", "article"), ("статьям", "article"), ("статьями", "article"), ("статьях", "article"), ("статей", "article"),
        ("article", "article"), ("articles", "article"), ("art", "article"), ("arts", "article"), ("artigo", "article"), ("artigos", "article"),
        ("глава", "chapter"), ("главы", "chapter"), ("гл", "chapter"), ("chapter", "chapter"), ("capítulo", "chapter"),
        ("главе", "chapter"), ("главой", "chapter"), ("главу", "chapter"), ("главам", "chapter"), ("главами", "chapter"), ("chapters", "chapter"),
        ("раздел", "section"), ("раздела", "section"), ("разд", "section"), ("section", "section"), ("seção", "section"),
        ("разделе", "section"), ("разделом", "section"), ("разделу", "section"), ("разделы", "section"), ("разделов", "section"),
        ("разделам", "section"), ("разделами", "section"), ("разделах", "section"), ("sections", "section"),
        ("подраздел", "section"), ("подраздела", "section"), ("подразделе", "section"), ("подразделом", "section"),
        ("подразделу", "section"), ("подразделы", "section"), ("подразделов", "section"),
        ("приложение", "annex"), ("приложения", "annex"), ("приложению", "annex"), ("прил", "annex"),
        ("приложением", "annex"), ("приложении", "annex"), ("приложений", "annex"), ("приложениям", "annex"),
        ("приложениями", "annex"), ("приложениях", "annex"),
        ("annex", "annex"), ("appendix", "annex"), ("anexo", "annex"), ("annexes", "annex"), ("appendices", "annex"),
        ("таблица", "table"), ("таблицы", "table"), ("таблице", "table"), ("табл", "table"), ("table", "table"), ("tabela", "table"),
        ("таблицей", "table"), ("таблицу", "table"), ("таблиц", "table"), ("таблицам", "table"), ("таблицами", "table"),
        ("таблицах", "table"), ("tables", "table"),
        ("рисунок", "figure"), ("рисунка", "figure"), ("рисунке", "figure"), ("рис", "figure"),
        ("figure", "figure"), ("figures", "figure"), ("fig", "figure"), ("figs", "figure"),
        ("requirement", "requirement"), ("requirements", "requirement"), ("требование", "requirement"),
        ("schedule", "schedule"), ("schedules", "schedule"),
        ("часть", "part"), ("части", "part"), ("ч", "part"), ("part", "part"),
        ("частью", "part"), ("частям", "part"), ("частями", "part"), ("частях", "part"), ("частей", "part"),
        ("абзац", "paragraph"), ("абзаца", "paragraph"), ("абзацу", "paragraph"), ("абзацем", "paragraph"),
        ("абзаце", "paragraph"), ("абзацы", "paragraph"), ("абзацев", "paragraph"),
        ("пункт", ""), ("пункта", ""), ("пункте", ""), ("п", ""), ("пп", ""), ("clause", ""), ("subclause", ""),
        ("пунктом", ""), ("пункту", ""), ("пункты", ""), ("пунктов", ""), ("пунктам", ""), ("пунктами", ""), ("пунктах", ""),
        ("подпункт", ""), ("подпункта", ""), ("подпункту", ""), ("подпунктом", ""), ("подпункте", ""), ("подпункты", ""),
        ("подпунктов", ""), ("подпунктам", ""), ("подпунктами", ""), ("подпунктах", ""),
        ("clauses", ""), ("subclauses", ""),
        ("para", ""), ("paras", ""), ("paragraph", ""), ("paragraphs", ""), ("§", ""),
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
        number = number.TrimEnd('.', ':', ' ');
        while (number.EndsWith(')') && number.Count(c => c == ')') > number.Count(c => c == '('))
        {
            number = number[..^1].TrimEnd('.', ':', ' ');
        }

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
