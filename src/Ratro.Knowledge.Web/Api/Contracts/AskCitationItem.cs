namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A cited clause: document (as printed and canonical), clause number and key, page, verbatim quote, the document's status and the link to the clause.</summary>
public sealed record AskCitationItem(
    int Number,
    string Designation,
    string Canonical,
    string Title,
    string Clause,
    string ClauseKey,
    int? Page,
    string Quote,
    string Status,
    string? StatusNote,
    string Link);
