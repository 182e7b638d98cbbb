using System.Security.Claims;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.References.Graph.Validity;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.References;

/// <summary>
/// Reads a document's place in the reference graph for one visitor. A relation shows only when the visitor may see the
/// card of the edition asserting it; the clauses a document cites are listed only to those who may read its text; a
/// reference from a document whose card alone is visible names that document but not its clause. The currency line is
/// derived from the visible supersessions only.
/// </summary>
public sealed class ReferenceLoader(ReferenceGraph graph, SupersessionChains chains, GraphStore graphStore, DocumentStore store, TimeProvider time)
{
    private static readonly RelationType[] CounterpartTypes = [RelationType.Adopts, RelationType.CorrespondsTo, RelationType.Implements];

    public async Task<DocumentReferences> LoadAsync(NormativeDocument edition, bool canRead, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var held = HeldDocument.From(edition);
        var editions = await graphStore.EditionsAsync(edition.Canonical, cancellationToken);
        var node = GraphNode.Held(held, editions.Count > 0 ? editions : [held]);
        var listing = await graph.ReferencesAsync(node, null, cancellationToken);
        var chain = await chains.WalkAsync(node, cancellationToken);
        var view = await ViewAsync(user, listing, chain, cancellationToken);

        bool Shown(GraphReference r) => view.CanSeeCard(r.Evidence);
        var outgoing = listing.Outgoing.Where(Shown).ToList();
        var incoming = listing.Incoming.Where(Shown).ToList();

        ReferenceRow Out(GraphReference r) => new(r.Type, true, r.SourceClause, view.End(r.Target.Display, r.TargetResolution, r.TargetClause),
            r.Relation.Degree, r.Relation.Partial, r.Relation.EffectiveOn);
        ReferenceRow In(GraphReference r) => new(r.Type, false, r.TargetClause, view.End(r.Source.Display, r.SourceResolution, r.SourceClause, clauseNeedsText: true),
            r.Relation.Degree, r.Relation.Partial, r.Relation.EffectiveOn);

        var successions = incoming.Where(r => r.Type == RelationType.Supersedes).Select(Succession.From).ToList();
        var validity = ValidityDerivation.Derive(held, editions.Count > 0 ? editions : [held], successions);
        var (ru, en) = CurrencyLine.Of(validity, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

        return new DocumentReferences
        {
            Designation = edition.Designation,
            Outgoing = canRead ? outgoing.Where(r => r.Type == RelationType.Cites).Select(Out).ToList() : [],
            OutgoingWithheld = !canRead && outgoing.Any(r => r.Type == RelationType.Cites),
            Incoming = incoming.Where(r => r.Type == RelationType.Cites).Select(In).ToList(),
            Predecessors = Steps(chain.Predecessors, chain, view),
            Successors = Steps(chain.Successors, chain, view),
            Current = chain.Current.Canonical != chain.Document.Canonical ? view.End(chain.Current) : null,
            Counterparts = outgoing.Where(r => CounterpartTypes.Contains(r.Type)).Select(Out)
                .Concat(incoming.Where(r => CounterpartTypes.Contains(r.Type)).Select(In)).ToList(),
            Amendments = incoming.Where(r => r.Type == RelationType.Amends).Select(In)
                .Concat(outgoing.Where(r => r.Type == RelationType.Amends).Select(Out)).ToList(),
            CurrencyRu = ru,
            CurrencyEn = en,
        };
    }

    private static List<ChainStep> Steps(IReadOnlyList<SupersessionLink> links, SupersessionChain chain, EndpointView view) =>
        links.Where(l => view.CanSeeCard(l.Reference.Evidence))
            .Select(l => new ChainStep(
                view.End(l.Successor),
                view.End(l.Predecessor),
                l.Partial,
                l.On,
                l.Successor.Canonical == chain.Document.Canonical,
                l.Predecessor.Canonical == chain.Document.Canonical))
            .ToList();

    /// <summary>One read of the records of every held document involved, and the clause keys of those the visitor may read.</summary>
    private async Task<EndpointView> ViewAsync(ClaimsPrincipal user, ReferenceListing listing, SupersessionChain chain, CancellationToken cancellationToken)
    {
        var ids = listing.Outgoing.Concat(listing.Incoming)
            .SelectMany(r => new[] { r.Evidence, r.SourceResolution.Document, r.TargetResolution.Document })
            .Concat(chain.Predecessors.Concat(chain.Successors).SelectMany(l => new[] { l.Reference.Evidence, l.Successor.Document, l.Predecessor.Document }))
            .Append(chain.Current.Document)
            .OfType<HeldDocument>()
            .Select(d => d.Id)
            .ToHashSet();
        var records = await store.GetRecordsAsync(ids, cancellationToken);
        var readable = records.Values.Where(r => Identity.DocumentAccess.CanSee(user, r)).Select(r => r.Id).ToList();
        var keys = readable.Count == 0 ? [] : await store.ListClauseKeysAsync(readable, cancellationToken);
        return new EndpointView(user, records, keys.ToHashSet());
    }
}
