using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// Resolves the ends of stored relations against the held documents at read time, in three indexed queries for any
/// number of relations (evidence editions, names, works). An end naming the asserting edition's own document is that
/// edition: a text's references to itself and its own statements concern that text.
/// </summary>
public sealed class EndpointResolver(GraphStore store)
{
    public async Task<IReadOnlyList<GraphReference>> ResolveAsync(IReadOnlyCollection<DocumentRelation> relations, CancellationToken cancellationToken)
    {
        if (relations.Count == 0)
        {
            return [];
        }

        var evidence = await store.ByIdsAsync(relations.Select(r => r.EvidenceDocumentId).Distinct().ToList(), cancellationToken);
        var pending = new List<(DocumentRelation Relation, HeldDocument Evidence, RelationEnd Source, RelationEnd Target)>();
        foreach (var relation in relations)
        {
            if (evidence.TryGetValue(relation.EvidenceDocumentId, out var asserting))
            {
                pending.Add((relation, asserting, RelationEnd.SourceOf(relation), RelationEnd.TargetOf(relation)));
            }
        }

        var ends = pending.SelectMany(p => new[] { p.Source, p.Target }).ToList();
        var resolved = await ResolveAsync(ends, cancellationToken);
        return pending.Select(p => new GraphReference(
                p.Relation,
                p.Evidence,
                p.Source,
                Own(p.Source, p.Evidence) ?? resolved[p.Source],
                p.Target,
                Own(p.Target, p.Evidence) ?? resolved[p.Target]))
            .ToList();
    }

    /// <summary>Resolves relation ends (or designations a person typed) against the held documents.</summary>
    public async Task<IReadOnlyDictionary<RelationEnd, Resolution>> ResolveAsync(IReadOnlyCollection<RelationEnd> ends, CancellationToken cancellationToken)
    {
        var distinct = ends.Distinct().ToList();
        var named = await store.ByNamesAsync(distinct.Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var works = distinct.Where(e => DesignationKeys.IsUndated(e.Canonical)).Select(e => DesignationKeys.WorkKey(e.Canonical))
            .Distinct(StringComparer.Ordinal).ToList();
        var sameWork = await store.ByWorkAsync(works, cancellationToken);
        return distinct.ToDictionary(
            e => e,
            e => ResolutionRules.Pick(
                e,
                named.TryGetValue(e.Key, out var n) ? n : [],
                sameWork.TryGetValue(DesignationKeys.WorkKey(e.Canonical), out var w) ? w : []));
    }

    private static Resolution? Own(RelationEnd end, HeldDocument evidence) =>
        end.Edition is null && end.ActDate is null && end.Key == DesignationKeys.Key(evidence.Canonical) ? new Resolution(evidence, Pinned: true) : null;
}
