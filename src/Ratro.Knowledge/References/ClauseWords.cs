namespace Ratro.Knowledge.References;

/// <summary>
/// The clause words the extractor recognizes (Russian case forms and abbreviations, English, Portuguese), their level in a
/// document's structure, and which item shapes they take (roman numerals and letters only for annexes, tables, sections …).
/// Every word here is known to <see cref="Documents.ClauseKeys"/>.
/// </summary>
internal static class ClauseWords
{
    public const string Pattern =
        @"подпункт(?:ы|а|у|ом|е|ов|ам|ами|ах)?|пункт(?:ы|а|у|ом|е|ов|ам|ами|ах)?|п\.\s?п\.|пп\.|п\.|ст\.\s?ст\."
        + @"|стать(?:я|и|ю|е|ей|ям|ями|ях)|статей|ст\.|част(?:ь|и|ью|ей|ям|ями|ях)|ч\."
        + @"|глав(?:а|ы|е|у|ой|ам|ами)|гл\.|(?:под)?раздел(?:а|у|ом|е|ы|ов|ам|ами|ах)?|разд\."
        + @"|приложени(?:е|я|ю|ем|и|й|ям|ями|ях)|прил\.|таблиц(?:а|ы|е|у|ей|ам|ами|ах)?|табл\."
        + @"|абзац(?:а|у|ем|е|ы|ев)?|рисун(?:ок|ка|ке)|рис\."
        + @"|(?:sub)?clauses?|para(?:graph)?s?\.?|sections?|articles?|arts?\.|chapters?|annex(?:es)?|appendix|appendices"
        + @"|tables?|requirements?|schedules?|figs?\.|figures?|§§?|artigos?|anexo|tabela|capítulo|seção";

    /// <summary>The word as <see cref="Documents.ClauseKeys"/> reads it: lower case, no final dot; "§§" as "§", "п.п." as "пп", "ст.ст." as "ст".</summary>
    public static string KeyWord(string printed)
    {
        var word = printed.ToLowerInvariant().TrimEnd('.');
        return word switch
        {
            "§§" => "§",
            _ when word.StartsWith("п.", StringComparison.Ordinal) => "пп",
            _ when word.StartsWith("ст.", StringComparison.Ordinal) => "ст",
            _ => word,
        };
    }

    public static ClauseLevel Level(string keyWord, bool quotedItem) => keyWord switch
    {
        "пп" => quotedItem ? ClauseLevel.SubItem : ClauseLevel.Item,
        _ when keyWord.StartsWith("подпункт", StringComparison.Ordinal) => ClauseLevel.SubItem,
        _ when keyWord.StartsWith("абзац", StringComparison.Ordinal) => ClauseLevel.Paragraph,
        "ч" => ClauseLevel.Part,
        _ when keyWord.StartsWith("част", StringComparison.Ordinal) => ClauseLevel.Part,
        "ст" or "статей" or "art" or "arts" => ClauseLevel.Article,
        _ when keyWord.StartsWith("стать", StringComparison.Ordinal) || keyWord.StartsWith("articl", StringComparison.Ordinal)
            || keyWord.StartsWith("artigo", StringComparison.Ordinal) => ClauseLevel.Article,
        "гл" or "capítulo" => ClauseLevel.Chapter,
        _ when keyWord.StartsWith("глав", StringComparison.Ordinal) || keyWord.StartsWith("chapter", StringComparison.Ordinal) => ClauseLevel.Chapter,
        _ when keyWord.StartsWith("приложени", StringComparison.Ordinal) || keyWord is "прил" or "anexo" || keyWord.StartsWith("annex", StringComparison.Ordinal)
            || keyWord.StartsWith("appendi", StringComparison.Ordinal) || keyWord.StartsWith("schedule", StringComparison.Ordinal) => ClauseLevel.Annex,
        _ when TakesLetters(keyWord) && !IsLeaf(keyWord) => ClauseLevel.Section,
        _ => ClauseLevel.Item,
    };

    /// <summary>
    /// Parts, items and sub-items are numbered inside their container and keyed by their bare number under it
    /// ("article:6/1/2"); tables, annexes, sections keep their kind ("annex:3/table:2"). Read from <see cref="Documents.ClauseKeys"/>.
    /// </summary>
    public static bool KeyedBare(string keyWord) => Documents.ClauseKeys.Normalize($"{keyWord} 1") is "1" or "part:1";

    /// <summary>Words whose items may be roman numerals or capital letters ("Table II", "Annex B", "Приложение А", "Раздел IV").</summary>
    public static bool TakesLetters(string keyWord) =>
        keyWord.StartsWith("раздел", StringComparison.Ordinal) || keyWord.StartsWith("подраздел", StringComparison.Ordinal) || keyWord == "разд" || keyWord.StartsWith("глав", StringComparison.Ordinal)
        || keyWord == "гл" || keyWord.StartsWith("приложени", StringComparison.Ordinal) || keyWord == "прил" || IsLeaf(keyWord)
        || keyWord.StartsWith("section", StringComparison.Ordinal) || keyWord.StartsWith("chapter", StringComparison.Ordinal)
        || keyWord.StartsWith("annex", StringComparison.Ordinal) || keyWord.StartsWith("appendi", StringComparison.Ordinal)
        || keyWord.StartsWith("schedule", StringComparison.Ordinal) || keyWord is "anexo" or "capítulo" or "seção";

    /// <summary>Tables and figures: numbered leaves, not containers.</summary>
    private static bool IsLeaf(string keyWord) =>
        keyWord.StartsWith("таблиц", StringComparison.Ordinal) || keyWord == "табл" || keyWord.StartsWith("рис", StringComparison.Ordinal)
        || keyWord.StartsWith("table", StringComparison.Ordinal) || keyWord.StartsWith("fig", StringComparison.Ordinal)
        || keyWord == "tabela";
}
