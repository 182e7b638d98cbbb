namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the catalogue, document and clause pages.</summary>
public static class DocumentText
{
    public static Text CatalogueHeading { get; } = new("Документы", "Documents");
    public static Text CatalogueIntro { get; } = new(
        "Нормативные документы базы знаний: отберите их по виду, статусу, издателю, юрисдикции, МКС и году или по словам.",
        "The normative documents of the knowledge base: narrow them down by kind, status, issuer, jurisdiction, ICS and year, or by words.");
    public static Text FilterLabel { get; } = new("Слова в обозначении, названии или тексте", "Words in the designation, title or text");
    public static Text FilterButton { get; } = new("Показать", "Show");
    public static Text SortLabel { get; } = new("Порядок", "Order");
    public static Text SortRelevance { get; } = new("по соответствию", "by relevance");
    public static Text SortDate { get; } = new("сначала новые", "newest first");
    public static Text SortDesignation { get; } = new("по обозначению", "by designation");
    public static Text Facets { get; } = new("Отбор", "Narrow down");
    public static Text ClearFilters { get; } = new("Сбросить отбор", "Clear all filters");
    public static Text Found { get; } = new("Найдено документов: {0}", "Documents found: {0}");
    public static Text NothingFound { get; } = new("Ничего не найдено. Измените слова или снимите часть отбора.", "Nothing was found. Change the words or remove some filters.");
    public static Text Unavailable { get; } = new("Поиск сейчас недоступен. Попробуйте позже.", "Search is unavailable at the moment. Please try again later.");
    public static Text Pagination { get; } = new("Страницы результатов", "Result pages");
    public static Text Previous { get; } = new("Предыдущая", "Previous");
    public static Text Next { get; } = new("Следующая", "Next");
    public static Text PageOf { get; } = new("Страница {0} из {1}", "Page {0} of {1}");
    public static Text SelectedMark { get; } = new("выбрано", "selected");
    public static Text Designation { get; } = new("Обозначение", "Designation");
    public static Text Canonical { get; } = new("Каноническое обозначение", "Canonical designation");
    public static Text Aliases { get; } = new("Также известен как", "Also known as");
    public static Text Title { get; } = new("Название", "Title");
    public static Text TitleRu { get; } = new("Название на русском", "Russian title");
    public static Text TitleEn { get; } = new("Название на английском", "English title");
    public static Text Type { get; } = new("Вид документа", "Kind of document");
    public static Text Issuer { get; } = new("Издатель", "Issuer");
    public static Text Jurisdiction { get; } = new("Юрисдикция", "Jurisdiction");
    public static Text Language { get; } = new("Язык текста", "Language of the text");
    public static Text Ics { get; } = new("МКС", "ICS");
    public static Text Year { get; } = new("Год", "Year");
    public static Text Status { get; } = new("Статус", "Status");
    public static Text StatusVerified { get; } = new("проверен {0}", "verified on {0}");
    public static Text StatusNotVerified { get; } = new("дата проверки не записана", "verification date not recorded");
    public static Text Approved { get; } = new("Утверждён", "Approved");
    public static Text Effective { get; } = new("Вступил в силу", "In force from");
    public static Text Withdrawn { get; } = new("Отменён", "Withdrawn");
    public static Text Access { get; } = new("Доступ", "Access");
    public static Text AccessPublic { get; } = new("открытый", "public");
    public static Text AccessMembers { get; } = new("для членов РАТРО", "RATRO members");
    public static Text AccessRestricted { get; } = new("ограниченный", "restricted");
    public static Text Edition { get; } = new("Редакция", "Edition");
    public static Text Editions { get; } = new("Редакции", "Editions");
    public static Text CurrentEdition { get; } = new("действующая редакция", "current edition");
    public static Text ShownEdition { get; } = new("показана", "shown");
    public static Text NoEditionLabel { get; } = new("без обозначения редакции", "unlabelled edition");
    public static Text DraftBadge { get; } = new("черновик", "draft");
    public static Text DigestNotice { get; } = new(
        "Дайджест РАТРО — изложение своими словами, не официальный текст.",
        "RATRO digest — a summary in our own words, not the official text.");
    public static Text OldEditionNotice { get; } = new(
        "Это не действующая редакция документа.", "This is not the current edition of the document.");
    public static Text ToCurrentEdition { get; } = new("Перейти к действующей редакции", "Go to the current edition");
    public static Text MembersOnly { get; } = new(
        "Текст этого документа доступен членам РАТРО.", "The text of this document is available to RATRO members.");
    public static Text MembersSignIn { get; } = new("Войдите, чтобы прочитать его.", "Sign in to read it.");
    public static Text Download { get; } = new("Скачать исходный файл", "Download the original file");
    public static Text DownloadSize { get; } = new("{0}, {1} КБ", "{0}, {1} KB");
    public static Text Contents { get; } = new("Текст документа", "Text of the document");
    public static Text NoClauses { get; } = new("Текст документа не разбит на пункты.", "The text of this document is not divided into clauses.");
    public static Text ClauseLink { get; } = new("Ссылка на пункт", "Link to this clause");
    public static Text Page { get; } = new("с. {0}", "p. {0}");
    public static Text PageRange { get; } = new("с. {0}–{1}", "pp. {0}–{1}");
    public static Text Footnotes { get; } = new("Сноски", "Footnotes");
    public static Text BackToDocument { get; } = new("К пункту в тексте документа", "To the clause in the document");
    public static Text AllDocuments { get; } = new("Все документы", "All documents");
    public static Text LanguageRu { get; } = new("русский", "Russian");
    public static Text LanguageEn { get; } = new("английский", "English");
    public static Text LanguagePt { get; } = new("португальский", "Portuguese");
    public static Text RecordCard { get; } = new("Карточка документа", "Document record");
}
