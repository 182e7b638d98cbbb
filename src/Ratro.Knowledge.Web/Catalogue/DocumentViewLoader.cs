using System.Security.Claims;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// Loads a document page by slug (and optionally an edition id) with the visitor's rights applied: null when the
/// visitor may not see the card of any edition (restricted documents, drafts, unknown slugs all look the same: absent);
/// the clauses are read from the store only when the visitor may read the edition.
/// </summary>
public sealed class DocumentViewLoader(DocumentStore store)
{
    public async Task<DocumentView?> LoadAsync(string slug, Guid? editionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var editions = (await store.GetEditionsBySlugAsync(slug, cancellationToken)).Where(e => DocumentAccess.CanSeeCard(user, e)).ToList();
        if (editions.Count == 0)
        {
            return null;
        }

        var canonical = editions[0].Canonical;
        editions = editions.Where(e => e.Canonical == canonical).ToList();
        var shown = editionId is { } id ? editions.FirstOrDefault(e => e.Id == id) : editions[0];
        if (shown is null)
        {
            return null;
        }

        var canRead = DocumentAccess.CanSee(user, shown);
        var full = canRead ? await store.GetAsync(shown.Id, cancellationToken) : null;
        return new DocumentView(full ?? shown, editions, canRead && full is not null, full is null ? [] : ClauseTree.Build(full.Clauses))
        {
            EditionParameter = shown.Id == editions[0].Id ? null : shown.Id,
        };
    }
}
