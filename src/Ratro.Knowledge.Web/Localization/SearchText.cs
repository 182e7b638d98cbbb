namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the search page.</summary>
public static class SearchText
{
    public static Text Heading { get; } = new("Поиск по документам", "Search the documents");
    public static Text Intro { get; } = new(
        "Ищите по словам в любой форме, по обозначению документа («НРБ-99/2009», «TRS 398») или по фразе в кавычках. Русские запросы находят и английские документы, и наоборот.",
        "Search by words in any form, by a document's designation (\"NRB-99/2009\", \"TRS 398\") or by a phrase in quotes. English queries also find Russian documents, and the other way round.");
    public static Text SyntaxHint { get; } = new(
        "\"фраза\" — слова подряд; -слово — без этого слова; type:, status:, year:2009 — отбор прямо в запросе.",
        "\"a phrase\" — words in this order; -word — without this word; type:, status:, year:2009 — filters inside the query.");
    public static Text RecognizedDesignations { get; } = new("Распознаны обозначения:", "Designations recognized:");
    public static Text Expanded { get; } = new("Запрос дополнен терминами глоссария:", "The query was widened with glossary terms:");
    public static Text Relaxed { get; } = new(
        "Документов со всеми словами запроса нет; показаны те, где есть большинство слов.",
        "No document has every word of the query; those with most of the words are shown.");
    public static Text DigestBadge { get; } = new("дайджест", "digest");
}
