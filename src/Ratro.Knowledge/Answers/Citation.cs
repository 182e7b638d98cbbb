namespace Ratro.Knowledge.Answers;

/// <summary>
/// A cited clause: the document (as printed and canonical), the clause, its page, the exact supporting text
/// (<see cref="Quote"/> is a verbatim span of the clause text), the cited document's status with a note such as
/// "superseded by …", and the link to the clause on the site.
/// </summary>
public sealed record Citation(
    int Number,
    string Designation,
    string Canonical,
    string Title,
    CitedClause Clause,
    int? Page,
    string Quote,
    string Status,
    string? StatusNote,
    string Link);
