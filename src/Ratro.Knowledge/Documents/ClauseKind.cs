namespace Ratro.Knowledge.Documents;

/// <summary>What a node of the clause tree is, as the document presents it.</summary>
public enum ClauseKind
{
    Clause = 0,
    Preamble,
    Chapter,
    Section,
    Article,
    Part,
    Annex,
    Table,
    Requirement,
    Paragraph,
    Schedule,
}
