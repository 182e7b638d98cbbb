using System.Security.Claims;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.References;

/// <summary>
/// Turns resolved relation ends into what one visitor may see, from the records of the held documents involved and the
/// clause keys of those they may read. A document the visitor may read links to its clause (or itself); a members-only
/// document whose card they may see links to its card; anything else reads as the designation written in the relation.
/// </summary>
public sealed class EndpointView(ClaimsPrincipal user, IReadOnlyDictionary<Guid, NormativeDocument> records, IReadOnlySet<(Guid, string)> clauses)
{
    public bool CanRead(HeldDocument? document) =>
        document is not null && records.TryGetValue(document.Id, out var record) && DocumentAccess.CanSee(user, record);

    public bool CanSeeCard(HeldDocument? document) =>
        document is not null && records.TryGetValue(document.Id, out var record) && DocumentAccess.CanSeeCard(user, record);

    /// <summary>The other end of a relation; <paramref name="clause"/> is dropped when the visitor may only see the card and <paramref name="clauseNeedsText"/>.</summary>
    public ReferenceEnd End(string written, Resolution resolution, string? clause, bool clauseNeedsText = false)
    {
        if (resolution.Document is { } held && records.TryGetValue(held.Id, out var record))
        {
            var edition = record.IsCurrentEdition ? (Guid?)null : record.Id;
            if (DocumentAccess.CanSee(user, record))
            {
                var href = clause is not null && clauses.Contains((record.Id, clause))
                    ? DocumentLinks.Clause(record.Slug, clause, edition)
                    : DocumentLinks.Document(record.Slug, edition);
                return new ReferenceEnd(record.Designation, clause, href, Held: true, record.Slug);
            }

            if (DocumentAccess.CanSeeCard(user, record))
            {
                return new ReferenceEnd(record.Designation, clauseNeedsText ? null : clause, DocumentLinks.Document(record.Slug), Held: true, record.Slug);
            }
        }

        return new ReferenceEnd(written, clause, null, Held: false, null);
    }

    public ReferenceEnd End(ChainNode node) =>
        End(node.Canonical, new Resolution(node.Document, Pinned: false), null);
}
