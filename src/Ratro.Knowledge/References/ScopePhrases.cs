using System.Text.RegularExpressions;

namespace Ratro.Knowledge.References;

/// <summary>What may stand right after a clause reference and say which document it is in (all anchored where the clause ends).</summary>
internal static partial class ScopePhrases
{
    /// <summary>"настоящего Федерального закона", "к настоящему приказу", "of this standard": the document the text stands in.</summary>
    [GeneratedRegex(@"\G\s*(?:к\s+)?(?:настоящ\p{L}{1,3}\s+(?:Федеральн\p{L}{1,3}\s+(?:конституционн\p{L}{1,3}\s+)?закон\p{L}{0,2}|закон\p{L}{0,2}|[Кк]одекс\p{L}{0,2}"
        + @"|приказ\p{L}{0,2}|постановлени\p{L}{1,2}|распоряжени\p{L}{1,2}|[Пп]равил|[Тт]ребовани\p{L}{1,3}|[Пп]оряд\p{L}{1,3}|[Пп]оложени\p{L}{1,2}|[Нн]орм"
        + @"|[Сс]анитарн\p{L}{1,3}\s+правил|СанПиН|стандарт\p{L}{0,2}|документ\p{L}{0,2}|[Мм]етодическ\p{L}{1,3}\s+(?:указани\p{L}{1,2}|рекомендаци\p{L}{1,2})"
        + @"|[Уу]казани\p{L}{1,2}|[Рр]екомендаци\p{L}{1,2}|[Ии]нструкци\p{L}{1,2}|[Рр]егламент\p{L}{0,2}|[Уу]става?|[Пп]ротокол\p{L}{0,2})"
        + @"|of\s+this\s+(?:[Ss]tandard|[Dd]ocument|[Rr]egulation|[Rr]esolution|[Nn]orm|[Pp]ublication|[Rr]eport|[Dd]irective|[Pp]art|[Gg]uide)|(?:desta|deste)\s+(?:Norma|Resolução))",
        RegexOptions.CultureInvariant)]
    public static partial Regex Self();

    /// <summary>"настоящей статьи", "настоящей части", "настоящего пункта", "настоящего раздела": a clause the text stands in.</summary>
    [GeneratedRegex(@"\G\s*(?:настоящ\p{L}{1,3}\s+(?<kind>стат|част|пункт|подпункт|раздел|глав)\p{L}{0,3}|(?:этой|этого)\s+(?<kind>стат|част|пункт)\p{L}{0,3})(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Enclosing();

    /// <summary>A document named only by its title: "Федерального закона "О персональных данных"".</summary>
    [GeneratedRegex(@"\G\s+(?<name>(?:Федеральн\p{L}{1,3}\s+закон\p{L}{0,2}|Закон\p{L}{0,2}(?:\s+(?:Российской\s+Федерации|РФ))?|указанн\p{L}{1,3}\s+Федеральн\p{L}{1,3}\s+закон\p{L}{0,2})(?:\s+""[^""\n]{3,200}"")?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex NamedByTitle();

    /// <summary>What may stand between a clause and the designation printed after it: space, "к", "of (the)", "in", "da".</summary>
    [GeneratedRegex(@"\G(?:\s+(?:к|of(?:\s+the)?|in|to|from|da|do|de)\s+|\s*)", RegexOptions.CultureInvariant)]
    public static partial Regex BeforeDesignation();

    /// <summary>What may stand between a designation and the clause printed after it: space, a comma, an opening parenthesis.</summary>
    [GeneratedRegex(@"^[ \t]*[,(]?[ \t]*$", RegexOptions.CultureInvariant)]
    public static partial Regex AfterDesignation();

    /// <summary>What joins chains into one series sharing a document: a comma, "и", "или", "а также", "and", "or".</summary>
    [GeneratedRegex(@"^\s*[,;]?\s*(?:и|или|а\s+также|and|or)?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex SeriesGap();

    /// <summary>What joins components into one chain: space, "of (the)".</summary>
    [GeneratedRegex(@"^(?:\s+|\s+of\s+(?:the\s+)?)$", RegexOptions.CultureInvariant)]
    public static partial Regex ChainGap();

    /// <summary>The end of the line right after a clause: a heading such as "Приложение N 1" above "к приказу …".</summary>
    [GeneratedRegex(@"\G[ \t]*(?:\r?\n|$)", RegexOptions.CultureInvariant)]
    public static partial Regex LineEnd();

    /// <summary>"часть 1 - "СЛУШАЛИ"", "часть 1 - вводная": a label followed by a dash and a quotation or a word.</summary>
    [GeneratedRegex(@"\G[ \t]*-[ \t]*(?:""|\p{L})", RegexOptions.CultureInvariant)]
    public static partial Regex Label();

    /// <summary>After a heading word and number: end of line, ". Title", " - Title", ": Title".</summary>
    [GeneratedRegex(@"\G[ \t]*(?:\r?\n|$|\.(?:\s|$)|:\s|-\s|\s+\p{Lu}{2})", RegexOptions.CultureInvariant)]
    public static partial Regex HeadingEnd();
}
