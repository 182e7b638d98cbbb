namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the glossary page.</summary>
public static class GlossaryText
{
    public static Text Heading { get; } = new("Глоссарий", "Glossary");
    public static Text Intro { get; } = new(
        "Термины лучевой терапии и радиационной безопасности на русском и английском языках, с определениями и источниками.",
        "Terms of radiation therapy and radiation safety in Russian and English, with definitions and sources.");
    public static Text FilterLabel { get; } = new("Найти термин", "Find a term");
    public static Text FilterButton { get; } = new("Найти", "Find");
    public static Text Letters { get; } = new("Указатель по первой букве", "Index by first letter");
    public static Text AllLetters { get; } = new("Все", "All");
    public static Text Count { get; } = new("Терминов: {0}", "Terms: {0}");
    public static Text NothingFound { get; } = new("Таких терминов нет.", "No term matches.");
    public static Text Synonyms { get; } = new("Синонимы", "Synonyms");
    public static Text Abbreviations { get; } = new("Сокращения", "Abbreviations");
    public static Text Source { get; } = new("Источник", "Source");
    public static Text NoDefinition { get; } = new("Определение пока не записано.", "No definition has been written yet.");
    public static Text Unavailable { get; } = new("Глоссарий не загружен.", "The glossary is not loaded.");
}
