using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.References.Graph;

/// <summary>The graph's reads from the store, each one indexed query (keys, work keys, ids, relation end keys).</summary>
public sealed class GraphStore(IDbContextFactory<KnowledgeDbContext> contexts)
{
    /// <summary>Held editions answering to each key, by key.</summary>
    public async Task<IReadOnlyDictionary<string, List<NamedDocument>>> ByNamesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, List<NamedDocument>>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from n in db.Names.AsNoTracking()
                where keys.Contains(n.Key)
                join d in db.Documents.AsNoTracking() on n.DocumentId equals d.Id
                select new { n.Key, n.Kind, Document = d })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new NamedDocument(HeldDocument.From(r.Document), r.Kind)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Held editions of each work, by work key.</summary>
    public async Task<IReadOnlyDictionary<string, List<HeldDocument>>> ByWorkAsync(IReadOnlyCollection<string> works, CancellationToken cancellationToken)
    {
        if (works.Count == 0)
        {
            return new Dictionary<string, List<HeldDocument>>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => works.Contains(d.WorkKey)).ToListAsync(cancellationToken);
        return documents.GroupBy(d => d.WorkKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(HeldDocument.From).ToList(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<Guid, HeldDocument>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, HeldDocument>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        return documents.ToDictionary(d => d.Id, HeldDocument.From);
    }

    /// <summary>Every edition of a document, current first, then newest first.</summary>
    public async Task<IReadOnlyList<HeldDocument>> EditionsAsync(string canonical, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var editions = await db.Documents.AsNoTracking().Where(d => d.Canonical == canonical).ToListAsync(cancellationToken);
        return EditionOrder.Sort(editions).Select(HeldDocument.From).ToList();
    }

    /// <summary>Relations chosen by a query over the relations table (filters the key indexes serve).</summary>
    public async Task<IReadOnlyList<DocumentRelation>> RelationsAsync(
        Func<IQueryable<DocumentRelation>, IQueryable<DocumentRelation>> query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await query(db.Relations.AsNoTracking()).ToListAsync(cancellationToken);
    }
}
