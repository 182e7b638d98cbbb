using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the references section of a document page and of the relation graph.</summary>
public static class ReferenceText
{
    public static Text Heading { get; } = new("Связи документа", "Links of the document");
    public static Text None { get; } = new("Связей с другими документами не найдено.", "No links to other documents were found.");
    public static Text CurrencyHeading { get; } = new("Актуальность статуса", "Status currency");
    public static Text OutgoingHeading { get; } = new("Документ ссылается на", "This document refers to");
    public static Text IncomingHeading { get; } = new("На документ ссылаются", "Referred to by");
    public static Text OutgoingWithheld { get; } = new(
        "Ссылки из текста документа видны тем, кто может прочитать его текст.", "The references made in the text are shown to those who may read the text.");
    public static Text FromClause { get; } = new("Пункт документа", "Clause of this document");
    public static Text ToDocument { get; } = new("Документ, пункт", "Document, clause");
    public static Text FromDocument { get; } = new("Ссылающийся документ, пункт", "Referring document, clause");
    public static Text ToClause { get; } = new("На пункт", "To clause");
    public static Text WholeDocument { get; } = new("весь документ", "whole document");
    public static Text NotHeld { get; } = new("нет в базе", "not in the knowledge base");
    public static Text ChainHeading { get; } = new("Цепочка замены", "Supersession chain");
    public static Text Replaces { get; } = new("заменяет", "supersedes");
    public static Text ReplacesPartly { get; } = new("заменяет в части", "partly supersedes");
    public static Text From { get; } = new("с {0}", "from {0}");
    public static Text DateNotRecorded { get; } = new("дата не записана", "date not recorded");
    public static Text CurrentInPlace { get; } = new("Действует вместо него: {0}", "In force in its place: {0}");
    public static Text CounterpartsHeading { get; } = new("Национальные и международные аналоги", "National and international counterparts");
    public static Text Adopts { get; } = new("принимает", "adopts");
    public static Text AdoptedBy { get; } = new("принят в", "adopted by");
    public static Text CorrespondsTo { get; } = new("соответствует", "corresponds to");
    public static Text Implements { get; } = new("реализует", "implements");
    public static Text ImplementedBy { get; } = new("реализуется в", "implemented by");
    public static Text AmendmentsHeading { get; } = new("Изменения", "Amendments");
    public static Text Amends { get; } = new("изменяет", "amends");
    public static Text AmendedBy { get; } = new("изменён", "amended by");
    public static Text Cites { get; } = new("ссылается на", "cites");
    public static Text CitedBy { get; } = new("на него ссылается", "cited by");
    public static Text SupersededBy { get; } = new("заменён", "superseded by");
    public static Text DegreeIdt { get; } = new("IDT — идентичен", "IDT — identical");
    public static Text DegreeMod { get; } = new("MOD — модифицирован", "MOD — modified");
    public static Text DegreeNeq { get; } = new("NEQ — неэквивалентен", "NEQ — not equivalent");
    public static Text GraphHeading { get; } = new("Граф связей", "Relation graph");
    public static Text GraphTitle { get; } = new("Связи документа {0} с соседними документами", "Links of {0} with its neighbouring documents");
    public static Text GraphMore { get; } = new("и ещё документов: {0}", "and {0} more documents");
    public static Text Clause { get; } = new("п. {0}", "cl. {0}");
    public static Text KindArticle { get; } = new("ст.", "Art.");
    public static Text KindChapter { get; } = new("гл.", "Ch.");
    public static Text KindSection { get; } = new("разд.", "Sect.");
    public static Text KindAnnex { get; } = new("прил.", "Annex");
    public static Text KindTable { get; } = new("табл.", "Table");
    public static Text KindFigure { get; } = new("рис.", "Fig.");
    public static Text KindPart { get; } = new("ч.", "Part");
    public static Text KindParagraph { get; } = new("абз.", "para.");
    public static Text KindRequirement { get; } = new("треб.", "Req.");
    public static Text KindSchedule { get; } = new("прил.", "Schedule");

    /// <summary>The verb of a relation as seen from the page's document.</summary>
    public static Text Verb(RelationType type, bool outgoing) => type switch
    {
        RelationType.Cites => outgoing ? Cites : CitedBy,
        RelationType.Supersedes => outgoing ? Replaces : SupersededBy,
        RelationType.Amends => outgoing ? Amends : AmendedBy,
        RelationType.Adopts => outgoing ? Adopts : AdoptedBy,
        RelationType.CorrespondsTo => CorrespondsTo,
        _ => outgoing ? Implements : ImplementedBy,
    };

    public static Text Degree(CorrespondenceDegree degree) => degree switch
    {
        CorrespondenceDegree.Idt => DegreeIdt,
        CorrespondenceDegree.Mod => DegreeMod,
        _ => DegreeNeq,
    };
}
