namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the public site: layout, navigation, home page, pages and news.</summary>
public static class SiteText
{
    public static Text SiteName { get; } = new("РАТРО · База знаний", "RATRO · Knowledge Base");
    public static Text SiteTagline { get; } = new(
        "Нормативные документы лучевой терапии и радиационной безопасности",
        "Normative documents of radiation therapy and radiation safety");
    public static Text SkipToContent { get; } = new("Перейти к содержанию", "Skip to content");
    public static Text MainNavigation { get; } = new("Основная навигация", "Main navigation");
    public static Text LanguageSwitch { get; } = new("Язык сайта", "Site language");
    public static Text LanguageRussian { get; } = new("Русский", "Русский");
    public static Text LanguageEnglish { get; } = new("English", "English");
    public static Text NavHome { get; } = new("Главная", "Home");
    public static Text NavDocuments { get; } = new("Документы", "Documents");
    public static Text NavSearch { get; } = new("Поиск", "Search");
    public static Text NavAsk { get; } = new("Вопрос", "Ask");
    public static Text NavGlossary { get; } = new("Глоссарий", "Glossary");
    public static Text NavNews { get; } = new("Новости", "News");
    public static Text NavAbout { get; } = new("О базе знаний", "About");
    public static Text NavAdmin { get; } = new("Управление", "Administration");
    public static Text SignIn { get; } = new("Вход", "Sign in");
    public static Text SignOut { get; } = new("Выход", "Sign out");
    public static Text SignedInAs { get; } = new("Вы вошли как {0}", "Signed in as {0}");
    public static Text FooterNote { get; } = new(
        "Пересказы документов в базе знаний написаны своими словами и не заменяют официальный текст.",
        "Digests in the knowledge base are written in our own words and do not replace the official text.");
    public static Text HomeHeading { get; } = new("База знаний РАТРО", "RATRO Knowledge Base");
    public static Text HomeIntro { get; } = new(
        "Законы, санитарные правила, национальные и международные стандарты, руководства МАГАТЭ, МКРЗ и профессиональных сообществ по лучевой терапии и радиационной безопасности — с поиском и ответами со ссылками на пункты документов.",
        "Laws, sanitary rules, national and international standards, IAEA, ICRP and professional guidance on radiation therapy and radiation safety — with search and answers that cite document clauses.");
    public static Text SearchHeading { get; } = new("Поиск по документам", "Search the documents");
    public static Text SearchLabel { get; } = new("Что найти", "Search for");
    public static Text SearchPlaceholder { get; } = new("например, пределы доз персонала", "e.g. dose limits for staff");
    public static Text SearchButton { get; } = new("Найти", "Search");
    public static Text AskHeading { get; } = new("Задать вопрос", "Ask a question");
    public static Text AskLabel { get; } = new("Ваш вопрос", "Your question");
    public static Text AskPlaceholder { get; } = new(
        "например, как часто проверять дозиметр?", "e.g. how often must a dosimeter be checked?");
    public static Text AskButton { get; } = new("Спросить", "Ask");
    public static Text HoldingsHeading { get; } = new("Что есть в базе", "What the base holds");
    public static Text HoldingsTotal { get; } = new("Всего документов: {0}", "Documents in total: {0}");
    public static Text HoldingsEmpty { get; } = new("Документы ещё не загружены.", "No documents have been loaded yet.");
    public static Text HoldingsType { get; } = new("Вид документа", "Kind of document");
    public static Text HoldingsCount { get; } = new("Количество", "Count");
    public static Text RecentHeading { get; } = new("Недавно добавленные", "Recently added");
    public static Text LatestNewsHeading { get; } = new("Последние новости", "Latest news");
    public static Text AllNews { get; } = new("Все новости", "All news");
    public static Text NoNews { get; } = new("Новостей пока нет.", "There is no news yet.");
    public static Text NewsHeading { get; } = new("Новости", "News");
    public static Text PublishedOn { get; } = new("Опубликовано", "Published");
    public static Text TranslationMissing { get; } = new(
        "Перевода на русский язык пока нет; показан текст на английском.",
        "There is no English translation yet; the Russian text is shown.");
    public static Text PreviewBanner { get; } = new(
        "Предпросмотр черновика: посетители сайта этот текст не видят.",
        "Draft preview: visitors to the site do not see this text.");
}
