namespace Ratro.Knowledge.References.Graph;

/// <summary>Lists stubs — referenced, not held — with how many documents reference each and where it was first seen.</summary>
public sealed class StubCatalog(GraphStore store, EndpointResolver resolver)
{
    /// <summary>Stubs named by one edition's relations (or by any relation when <paramref name="evidenceDocumentId"/> is null), counted over the whole store.</summary>
    public async Task<IReadOnlyList<ReferenceStub>> ListAsync(Guid? evidenceDocumentId, CancellationToken cancellationToken)
    {
        var named = await store.RelationsAsync(
            q => evidenceDocumentId is { } id ? q.Where(r => r.EvidenceDocumentId == id) : q, cancellationToken);
        var references = await resolver.ResolveAsync(named, cancellationToken);
        var stubs = Unresolved(references).Select(s => s.End).ToHashSet();
        if (stubs.Count == 0)
        {
            return [];
        }

        if (evidenceDocumentId is not null)
        {
            var keys = stubs.Select(s => s.Key).Distinct(StringComparer.Ordinal).ToList();
            var naming = await store.RelationsAsync(q => q.Where(r => keys.Contains(r.SourceKey) || keys.Contains(r.TargetKey)), cancellationToken);
            references = await resolver.ResolveAsync(naming, cancellationToken);
        }

        var mentions = Unresolved(references).Where(m => stubs.Contains(m.End));
        return mentions
            .GroupBy(m => m.End)
            .Select(g =>
            {
                var first = g.OrderBy(m => m.Reference.Evidence.CreatedAt).ThenBy(m => m.Reference.Relation.Position ?? -1).First();
                return new ReferenceStub(
                    g.Key.Display,
                    g.Key.Key,
                    g.Key.Edition,
                    g.Key.ActDate,
                    g.Select(m => m.Reference.Evidence.Canonical).Distinct(StringComparer.Ordinal).Count(),
                    g.Select(m => m.Reference.Relation.Id).Distinct().Count(),
                    first.Reference.Relation.Evidence,
                    first.Reference.Evidence);
            })
            .OrderBy(s => s.Canonical, StringComparer.Ordinal)
            .ThenBy(s => s.ActDate)
            .ThenBy(s => s.Edition, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<(RelationEnd End, GraphReference Reference)> Unresolved(IEnumerable<GraphReference> references)
    {
        foreach (var reference in references)
        {
            if (!reference.SourceResolution.IsResolved)
            {
                yield return (Identity(reference.Source), reference);
            }

            if (!reference.TargetResolution.IsResolved)
            {
                yield return (Identity(reference.Target), reference);
            }
        }
    }

    /// <summary>A stub's identity: key, edition and act date (the designation as written may differ between mentions).</summary>
    private static RelationEnd Identity(RelationEnd end) => new(end.Display, end.Key, end.Edition, end.ActDate);
}
