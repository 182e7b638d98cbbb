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
    DocumentStore store,
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
        var documents = new List<NormativeDocument>();
        var terms = new TermStatistics();
        await foreach (var edition in store.StreamAllWithClausesAsync(cancellationToken))
        {
            if (!edition.IsCurrentEdition || edition.State != PublicationState.Published)
            {
                continue;
            }

            foreach (var clause in edition.Clauses)
            {
                terms.AddClause(Words.StemsAndCognates($"{clause.Heading} {clause.Text}"));
            }

            edition.Clauses = [];
            documents.Add(edition);
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
