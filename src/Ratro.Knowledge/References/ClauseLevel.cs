namespace Ratro.Knowledge.References;

/// <summary>How deep a clause word sits in a document's structure; decides the nesting of "пункт 2 части 1 статьи 6".</summary>
internal enum ClauseLevel
{
    Paragraph = 0,
    SubItem,
    Item,
    Part,
    Article,
    Section,
    Chapter,

    /// <summary>Annexes and schedules hold chapters, sections and items of their own ("пункт 3 главы II приложения N 1").</summary>
    Annex,
}
