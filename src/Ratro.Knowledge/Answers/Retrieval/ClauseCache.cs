using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Answers.Retrieval;

/// <summary>
/// The clauses of documents, read from the store in one query per batch and prepared for scoring
/// (<see cref="PreparedClause"/>, with the documents each passage names, recognized among all held documents: a fact
/// of the text, compared only with documents a question names), kept for the most recently used <see cref="Capacity"/> documents and dropped when
/// any document changes (it listens like the search index does).
/// </summary>
public sealed class ClauseCache(
    IDbContextFactory<KnowledgeDbContext> contexts, KnowledgeSnapshotProvider snapshots, IQueryDesignationRecognizer recognizer) : IDocumentChangeListener
{
    public const int Capacity = 512;

    private readonly Lock gate = new();
    private readonly Dictionary<Guid, IReadOnlyList<PreparedClause>> documents = [];
    private readonly LinkedList<Guid> order = new();

    /// <summary>The prepared clauses of these editions (reading order), by edition id.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PreparedClause>>> OfDocumentsAsync(
        IReadOnlyCollection<NormativeDocument> editions, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, IReadOnlyList<PreparedClause>>();
        var missing = new List<NormativeDocument>();
        lock (gate)
        {
            foreach (var edition in editions)
            {
                if (documents.TryGetValue(edition.Id, out var cached))
                {
                    result[edition.Id] = cached;
                    order.Remove(edition.Id);
                    order.AddFirst(edition.Id);
                }
                else
                {
                    missing.Add(edition);
                }
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var ids = missing.Select(m => m.Id).ToList();
        List<Clause> loaded;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            loaded = await db.Clauses.AsNoTracking().Where(c => ids.Contains(c.DocumentId)).ToListAsync(cancellationToken);
        }

        var catalog = (await snapshots.GetAsync(cancellationToken)).CatalogFor(AccessLevel.Restricted);
        IReadOnlyList<string> Mentions(string text) => recognizer.Recognize(text, catalog).SelectMany(r => r.Canonicals).Distinct().ToList();
        var byDocument = loaded.ToLookup(c => c.DocumentId);
        var fresh = missing.DistinctBy(e => e.Id).ToDictionary(
            e => e.Id,
            e =>
            {
                var words = DocumentWords.Of(e);
                return (IReadOnlyList<PreparedClause>)byDocument[e.Id].OrderBy(c => c.Ordinal).Select(c => new PreparedClause(c, words, Mentions)).ToList();
            });
        lock (gate)
        {
            foreach (var (id, prepared) in fresh)
            {
                result[id] = prepared;
                if (documents.TryAdd(id, prepared))
                {
                    order.AddFirst(id);
                }
            }

            while (order.Count > Capacity)
            {
                documents.Remove(order.Last!.Value);
                order.RemoveLast();
            }
        }

        return result;
    }

    public Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            documents.Clear();
            order.Clear();
        }

        return Task.CompletedTask;
    }
}
