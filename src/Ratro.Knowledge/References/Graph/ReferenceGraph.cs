using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// Reads the reference graph over the store: outgoing and incoming references of a document or clause, adoption,
/// correspondence and implementation counterparts both ways. Relations are stored by canonical key and resolved at read
/// time, so a stub resolves as soon as its document arrives.
/// </summary>
public sealed class ReferenceGraph(DocumentStore documents, GraphStore store, EndpointResolver resolver)
{
    private static readonly RelationType[] CounterpartTypes = [RelationType.Adopts, RelationType.CorrespondsTo, RelationType.Implements];

    /// <summary>
    /// The node a person means: a held document found by id or any written form of its designation, else — when the text
    /// is a designation — the stub of that designation; null when it is neither. A federal law typed with a date other than
    /// the held law's ("266-ФЗ от 25.11.2009" while the 2022 law is held) is the stub of that other law.
    /// </summary>
    public async Task<GraphNode?> LocateAsync(string text, CancellationToken cancellationToken)
    {
        var typed = Designations.DesignationKeys.Parse(text);
        if (await documents.FindAsync(text, cancellationToken) is { } found && !OtherAct(typed, found))
        {
            return await NodeAsync(HeldDocument.From(found), cancellationToken);
        }

        return typed is null ? null : GraphNode.Unheld(RelationEnd.Named(text));
    }

    public async Task<GraphNode> NodeAsync(HeldDocument document, CancellationToken cancellationToken) =>
        GraphNode.Held(document, await store.EditionsAsync(document.Canonical, cancellationToken));

    public async Task<ReferenceListing> ReferencesAsync(GraphNode node, ClauseScope? clause, CancellationToken cancellationToken) =>
        new(node, clause, await OutgoingAsync(node, null, clause, cancellationToken), await IncomingAsync(node, null, clause, cancellationToken));

    /// <summary>Relations whose source is the node (in the clause, when given), of the given types (all when null).</summary>
    public async Task<IReadOnlyList<GraphReference>> OutgoingAsync(
        GraphNode node, IReadOnlyCollection<RelationType>? types, ClauseScope? clause, CancellationToken cancellationToken)
    {
        var relations = await store.RelationsAsync(q => RelationQueries.FromKeys(q, node.Keys, types, clause), cancellationToken);
        var resolved = await resolver.ResolveAsync(relations, cancellationToken);
        return Distinct(resolved.Where(r => node.Matches(r.Source, r.SourceResolution)))
            .OrderBy(r => r.SourceClause, ClauseKeyOrder.Instance)
            .ThenBy(r => r.Relation.Position ?? -1)
            .ThenBy(r => r.Target.Display, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Relations whose target is the node (its clause or a clause under it, when given).</summary>
    public async Task<IReadOnlyList<GraphReference>> IncomingAsync(
        GraphNode node, IReadOnlyCollection<RelationType>? types, ClauseScope? clause, CancellationToken cancellationToken)
    {
        var relations = await store.RelationsAsync(q => RelationQueries.ToKeys(q, node.Keys, types, clause), cancellationToken);
        var resolved = await resolver.ResolveAsync(relations, cancellationToken);
        return Distinct(resolved.Where(r => node.Matches(r.Target, r.TargetResolution)))
            .OrderBy(r => r.TargetClause, ClauseKeyOrder.Instance)
            .ThenBy(r => r.Evidence.Canonical, StringComparer.Ordinal)
            .ThenBy(r => r.SourceClause, ClauseKeyOrder.Instance)
            .ThenBy(r => r.Relation.Position ?? -1)
            .ToList();
    }

    /// <summary>Adoptions, correspondences and implementations, both ways: what the node adopts and what adopts it.</summary>
    public async Task<IReadOnlyList<Counterpart>> CounterpartsAsync(GraphNode node, CancellationToken cancellationToken)
    {
        var outgoing = await OutgoingAsync(node, CounterpartTypes, null, cancellationToken);
        var incoming = await IncomingAsync(node, CounterpartTypes, null, cancellationToken);
        return outgoing.Select(r => new Counterpart(r, Outgoing: true))
            .Concat(incoming.Select(r => new Counterpart(r, Outgoing: false)))
            .ToList();
    }

    /// <summary>A federal law typed with its date is not the held law of that number signed on another day.</summary>
    private static bool OtherAct(Designations.Designation? typed, NormativeDocument found) =>
        typed is { Family: Designations.DesignationFamily.FederalLaw, Date: { } date }
        && found.Type == DocumentType.FederalLaw && found.ApprovedOn is { } signed && signed != date;

    /// <summary>
    /// One relation per statement: when editions of one document (a digest and the official text) assert the same edge,
    /// the current edition's assertion is kept.
    /// </summary>
    private static IEnumerable<GraphReference> Distinct(IEnumerable<GraphReference> references) =>
        references
            .GroupBy(r => (r.Evidence.Canonical, r.Type, r.Source.Key, r.SourceClause, r.Target.Key, r.TargetClause, r.Target.Edition, r.Relation.EffectiveOn))
            .SelectMany(g =>
            {
                var best = g.OrderByDescending(r => r.Evidence.IsCurrentEdition).ThenBy(r => r.Relation.Origin).First().Evidence.Id;
                return g.Where(r => r.Evidence.Id == best);
            });
}
