using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Status;

/// <summary>
/// Status from the record and the supersession relations in the store. A document is named as a successor only
/// when another document asserts "supersedes" it (or it asserts being replaced), the successor is not the document
/// itself, and — when the successor is held — the caller may read it. The record's status wins over the relations: a
/// document recorded as in force is only ever reported as partly superseded (an extracted edge that says otherwise is
/// taken to be a misreading, such as "superseded by X" read backwards). Successors that are not held are named by
/// designation, as the relation states them.
/// </summary>
public sealed class RecordStatusDescriber(KnowledgeSnapshotProvider snapshots) : IDocumentStatusDescriber
{
    public async Task<DocumentStatusDescription> DescribeAsync(NormativeDocument document, AccessLevel access, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var supersessions = snapshot.Relations.Where(r => r.Type == RelationType.Supersedes).ToList();
        var by = supersessions
            .Where(r => r.TargetCanonical == document.Canonical && r.SourceCanonical != document.Canonical)
            .Where(r => r.Partial || document.Status is not (DocumentStatus.InForce or DocumentStatus.NotYetInForce))
            .Select(r => new StatusLink(r.SourceCanonical, r.EffectiveOn, r.Partial))
            .Where(l => Readable(l.Canonical, snapshot, access));
        var replaced = supersessions
            .Where(r => r.SourceCanonical == document.Canonical && r.TargetCanonical != document.Canonical)
            .Select(r => new StatusLink(r.TargetCanonical, r.EffectiveOn, r.Partial))
            .Where(l => Readable(l.Canonical, snapshot, access));
        return new DocumentStatusDescription(document.Canonical, document.Status, Merge(by), Merge(replaced), document.StatusNote);
    }

    private static bool Readable(string canonical, KnowledgeSnapshot snapshot, AccessLevel access) =>
        !snapshot.ByCanonical.TryGetValue(canonical, out var held) || KnowledgeSnapshot.IsVisible(held, access);

    private static IReadOnlyList<StatusLink> Merge(IEnumerable<StatusLink> links) =>
        links.GroupBy(l => l.Canonical, StringComparer.Ordinal)
            .Select(g => new StatusLink(g.Key, g.Select(l => l.From).Max(), g.All(l => l.Partial)))
            .OrderBy(l => l.Canonical, StringComparer.Ordinal)
            .ToList();
}
