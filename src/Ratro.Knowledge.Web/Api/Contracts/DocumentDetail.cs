using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>
/// A document edition: its card, dates, codes, the editions the caller may see, and — only when the caller may read it
/// (<see cref="Readable"/>) — the clause tree and the original file's URL; otherwise <see cref="Clauses"/> is null.
/// </summary>
public sealed record DocumentDetail(
    DocumentSummary Document,
    IReadOnlyList<string> Aliases,
    string? StatusNote,
    DateOnly? ApprovedOn,
    DateOnly? EffectiveOn,
    DateOnly? WithdrawnOn,
    IReadOnlyList<string> IcsCodes,
    IReadOnlyList<DocumentSummary> Editions,
    bool Readable,
    string? OriginalUrl,
    IReadOnlyList<ClauseItem>? Clauses)
{
    public static DocumentDetail From(DocumentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var d = view.Edition;
        return new DocumentDetail(
            DocumentSummary.From(d), d.Aliases, d.StatusNote, d.ApprovedOn, d.EffectiveOn, d.WithdrawnOn, d.IcsCodes,
            view.Editions.Select(DocumentSummary.From).ToList(),
            view.CanRead,
            view.CanRead && d.Source is not null ? DocumentLinks.Original(d.Slug, view.EditionParameter) : null,
            view.CanRead ? view.Tree.Select(n => ClauseItem.From(n, view)).ToList() : null);
    }
}
