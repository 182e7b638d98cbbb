using System.Text.RegularExpressions;

namespace Ratro.Knowledge.References;

/// <summary>
/// Finds clause words with their numbers in folded text: "п. 3.1.2", "пунктами 2 - 11", "пп. "а"", "paras 3.76–3.78",
/// "§ 20.1201(a)(1)(i)", "(НРБ-99/2009 п. 3.1.3, 5.3.1)". Numbers followed by a unit ("20 мЗв") or "года" end a list.
/// </summary>
internal static partial class ClauseComponentScanner
{
    private const string Item = @"(?:""\p{Ll}{1,2}""|\d{1,4}(?:\.\d{1,4})*(?:\([a-z0-9]{1,4}\))*[º°]?|[IVXLC]{1,7}(?![\p{L}\d])|(?!N(?![\p{L}]))\p{Lu}(?:\.\d{1,3})*(?![\p{L}\d]))";

    private const string NotUnit = @"(?![\d.]*\d|\s*(?:%|‰|мк?Зв|Зв|м?Гр|сГр|[кМГ]?эВ|[кМГТ]?Бк|год|года|лет|г\.|раз|дн|мес|час|мин|сек|mSv|µSv|Sv|c?Gy|[kM]?eV|MV|kV|[kMGT]?Bq|(?:см|мм|м|cm|mm)(?![\p{L}.])|кг|км|°)(?![\p{L}]))";

    private const string Range = @"(?:\s*(?:-|to|through)\s*" + Item + NotUnit + ")?";

    private const string ItemList = Item + NotUnit + Range + @"(?:\s*(?:,|и|или|and|or|&)\s*(?:(?:№|N)\s*)?" + Item + NotUnit + Range + ")*";

    public static IReadOnlyList<ClauseComponent> Scan(string folded)
    {
        var components = new List<ClauseComponent>();
        for (var match = Component().Match(folded); match.Success; match = match.NextMatch())
        {
            var word = match.Groups["word"].Value;
            var keyWord = ClauseWords.KeyWord(word);
            if (IsMeasure(folded, match.Index, keyWord, components.Count > 0 ? components[^1].End : -1))
            {
                continue;
            }

            var items = Items(match.Groups["items"].Value, keyWord, out var consumed);
            if (items.Count == 0)
            {
                continue;
            }

            var end = match.Groups["items"].Index + consumed;
            var level = ClauseWords.Level(keyWord, items[0].From.StartsWith('"'));
            components.Add(new ClauseComponent(match.Index, end, keyWord, level, char.IsUpper(word[0]), items));
        }

        return components;
    }

    /// <summary>The items of a list, cut before the first item the word cannot take; <paramref name="consumed"/> is the length kept.</summary>
    private static List<ClauseItem> Items(string list, string keyWord, out int consumed)
    {
        var items = new List<ClauseItem>();
        consumed = 0;
        var letters = ClauseWords.TakesLetters(keyWord);
        for (var match = ItemOrRange().Match(list); match.Success; match = match.NextMatch())
        {
            var from = match.Groups["from"].Value;
            var to = match.Groups["to"].Success ? match.Groups["to"].Value : null;
            if (!Accepts(from, letters) || (to is not null && !Accepts(to, letters)))
            {
                break;
            }

            items.Add(new ClauseItem(from, to));
            consumed = match.Index + match.Length;
        }

        return items;
    }

    private static bool Accepts(string item, bool letters) =>
        char.IsAsciiDigit(item[0]) || (item[0] == '"' ? !letters : letters);

    /// <summary>
    /// "5 ч. 30 мин": "ч." after a number is hours, not a part — unless that number ends the clause reference before it
    /// ("п. 9.1 ч. 1 ст. 6") or is a date ("С 01.07.2025 ч. 5 ст. 18 …").
    /// </summary>
    private static bool IsMeasure(string text, int start, string keyWord, int previousEnd)
    {
        if (keyWord != "ч")
        {
            return false;
        }

        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i < 0 || !char.IsAsciiDigit(text[i]) || i + 1 == previousEnd)
        {
            return false;
        }

        var token = i;
        while (token > 0 && (char.IsAsciiDigit(text[token - 1]) || text[token - 1] == '.'))
        {
            token--;
        }

        return text.AsSpan(token, i + 1 - token).Count('.') < 2;
    }

    [GeneratedRegex(@"(?<![\p{L}.\d-])(?<word>(?i:" + ClauseWords.Pattern + @"))(?![\p{L}])[ \t]*(?:(?:№|N)[ \t]*)?(?<items>" + ItemList + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Component();

    [GeneratedRegex(@"(?<from>" + Item + @")(?:\s*(?:-|to|through)\s*(?<to>" + Item + "))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ItemOrRange();
}
