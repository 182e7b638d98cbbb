using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Answers.Knowledge;

/// <summary>
/// Builds the <see cref="KnowledgeSnapshot"/> from the store on first use and again after any document changes
/// (it listens like the search index does). Concurrent callers share one build.
/// </summary>
public sealed class KnowledgeSnapshotProvider(
    IDbContextFactory<KnowledgeDbContext> contexts,
    GlossarySource glossary,
    ILogger<KnowledgeSnapshotProvider> logger) : IDocumentChangeListener
{
    private readonly Lock gate = new();
    private Task<KnowledgeSnapshot>? current;

    public Task<KnowledgeSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (current is null || current.IsFaulted || current.IsCanceled)
            {
                current = BuildAsync(cancellationToken);
            }

            return current;
        }
    }

    public Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            current = null;
        }

        return Task.CompletedTask;
    }

    private async Task<KnowledgeSnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var terms = new TermStatistics();
        List<NormativeDocument> documents;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var published = db.Documents.AsNoTracking().Where(d => d.IsCurrentEdition && d.State == PublicationState.Published);
            documents = (await published.ToListAsync(cancellationToken)).OrderBy(d => d.Canonical, StringComparer.Ordinal).ToList();

            // One streamed query for the words of every clause of those editions (the records above carry no clauses).
            var texts = db.Clauses.AsNoTracking()
                .Join(published, c => c.DocumentId, d => d.Id, (c, _) => new { c.Heading, c.Text })
                .AsAsyncEnumerable();
            await foreach (var clause in texts.WithCancellation(cancellationToken))
            {
                terms.AddClause(Words.StemsAndCognates($"{clause.Heading} {clause.Text}"));
            }
        }

        List<DocumentRelation> relations;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            relations = await db.Relations.AsNoTracking().ToListAsync(cancellationToken);
        }

        var snapshot = new KnowledgeSnapshot(documents, relations, terms, glossary.Lexicon);
        logger.LogInformation(
            "Answers: knowledge snapshot of {Documents} documents, {Clauses} clauses, {Relations} relations, {Forms} glossary forms in {Elapsed} ms",
            documents.Count, terms.ClauseCount, relations.Count, glossary.Lexicon.Count, clock.ElapsedMilliseconds);
        return snapshot;
    }
}
