using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>
/// A document's status over time, from its record and the graph: when it was in force, whether it was on a given day and
/// why, and its currency line.
/// </summary>
public sealed class StatusTimeline(ReferenceGraph graph, GraphStore store)
{
    private static readonly RelationType[] Supersedes = [RelationType.Supersedes];

    public async Task<DerivedValidity> ValidityAsync(HeldDocument document, CancellationToken cancellationToken) =>
        await ValidityAsync(document, await store.EditionsAsync(document.Canonical, cancellationToken), cancellationToken);

    /// <summary>The validity of one edition, given every edition of its document.</summary>
    public async Task<DerivedValidity> ValidityAsync(HeldDocument document, IReadOnlyList<HeldDocument> editions, CancellationToken cancellationToken)
    {
        var incoming = await graph.IncomingAsync(GraphNode.Held(document, editions), Supersedes, null, cancellationToken);
        return ValidityDerivation.Derive(document, editions, incoming.Select(Succession.From).ToList());
    }

    public async Task<StatusOnDate> AsOfAsync(HeldDocument document, DateOnly day, CancellationToken cancellationToken) =>
        StatusAnswers.AsOf(await ValidityAsync(document, cancellationToken), day);
}
