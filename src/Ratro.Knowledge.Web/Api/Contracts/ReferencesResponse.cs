using Ratro.Knowledge.Web.References;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>
/// A document's references as the caller may see them: outgoing (null when the caller may not read the text) and incoming
/// at clause level, the supersession chain, adoptions and correspondences, amendments, and the status currency line.
/// </summary>
public sealed record ReferencesResponse(
    string Designation,
    string Slug,
    IReadOnlyList<ReferenceItem>? Outgoing,
    IReadOnlyList<ReferenceItem> Incoming,
    SupersessionItem Supersession,
    IReadOnlyList<ReferenceItem> Adoptions,
    IReadOnlyList<ReferenceItem> Amendments,
    string CurrencyRu,
    string CurrencyEn)
{
    public static ReferencesResponse From(string slug, DocumentReferences r, bool canRead)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReferencesResponse(
            r.Designation,
            slug,
            canRead ? r.Outgoing.Select(ReferenceItem.From).ToList() : null,
            r.Incoming.Select(ReferenceItem.From).ToList(),
            new SupersessionItem(
                r.Predecessors.Select(SupersessionStepItem.From).ToList(),
                r.Successors.Select(SupersessionStepItem.From).ToList(),
                r.Current is { } current ? ReferenceEndItem.From(current) : null),
            r.Counterparts.Select(ReferenceItem.From).ToList(),
            r.Amendments.Select(ReferenceItem.From).ToList(),
            r.CurrencyRu,
            r.CurrencyEn);
    }
}
