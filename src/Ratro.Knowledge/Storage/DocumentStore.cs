using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Storage;

/// <summary>
/// Reads and writes document editions. Each write is one transaction; the original file is written first and
/// removed again if the transaction fails, so a failed write leaves the store exactly as it was.
/// </summary>
public sealed partial class DocumentStore(IDbContextFactory<KnowledgeDbContext> contexts, FileStore files)
{
    public async Task<NormativeDocument?> FindBySha256Async(string sha256, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking()
            .Include(d => d.Clauses)
            .Include(d => d.Relations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Source!.Sha256 == sha256, cancellationToken);
    }

    /// <summary>One edition with its clause tree (in reading order) and the relations it asserts.</summary>
    public async Task<NormativeDocument?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Clauses.OrderBy(c => c.Ordinal))
            .Include(d => d.Relations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document;
    }

    /// <summary>All editions sharing a canonical designation, current first, then newest first.</summary>
    public async Task<IReadOnlyList<NormativeDocument>> GetEditionsAsync(string canonical, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var editions = await db.Documents.AsNoTracking().Where(d => d.Canonical == canonical).ToListAsync(cancellationToken);
        return EditionOrder.Sort(editions);
    }

    /// <summary>All editions sharing a canonical designation with their clauses (reading order), current first.</summary>
    public async Task<IReadOnlyList<NormativeDocument>> GetEditionsWithClausesAsync(string canonical, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var editions = await db.Documents.AsNoTracking()
            .Where(d => d.Canonical == canonical)
            .Include(d => d.Clauses.OrderBy(c => c.Ordinal))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return EditionOrder.Sort(editions);
    }

    /// <summary>
    /// Every edition with its clauses, editions of one document together (ordered by canonical designation), read one
    /// document at a time so memory stays bounded: what rebuilding a projection needs.
    /// </summary>
    public async IAsyncEnumerable<NormativeDocument> StreamAllWithClausesAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<string> canonicals;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            canonicals = await db.Documents.AsNoTracking().Select(d => d.Canonical).Distinct().ToListAsync(cancellationToken);
        }

        foreach (var canonical in canonicals.Order(StringComparer.Ordinal))
        {
            foreach (var edition in await GetEditionsWithClausesAsync(canonical, cancellationToken))
            {
                yield return edition;
            }
        }
    }

    /// <summary>Records without clauses for a set of ids (for showing search hits), by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, NormativeDocument>> GetRecordsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        return records.ToDictionary(d => d.Id);
    }

    /// <summary>Current editions of every document, ordered by canonical designation.</summary>
    public async Task<IReadOnlyList<NormativeDocument>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => d.IsCurrentEdition).ToListAsync(cancellationToken);
        return documents.OrderBy(d => d.Canonical, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every edition, drafts and older editions included (records without clauses), ordered by canonical designation, current first.</summary>
    public async Task<IReadOnlyList<NormativeDocument>> ListAllEditionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().ToListAsync(cancellationToken);
        return documents
            .GroupBy(d => d.Canonical, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => EditionOrder.Sort(g))
            .ToList();
    }

    /// <summary>
    /// The editions (records without clauses) of the document with this slug, current first, then newest first. Slugs are
    /// derived from canonical designations, so two documents could share one: those are ordered by canonical designation.
    /// </summary>
    public async Task<IReadOnlyList<NormativeDocument>> GetEditionsBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var editions = await db.Documents.AsNoTracking().Where(d => d.Slug == slug).ToListAsync(cancellationToken);
        return editions
            .GroupBy(d => d.Canonical, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => EditionOrder.Sort(g))
            .ToList();
    }

    /// <summary>The clause keys of these editions in reading order (for site maps and link checks), without texts.</summary>
    public async Task<IReadOnlyList<(Guid DocumentId, string Key)>> ListClauseKeysAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.Clauses.AsNoTracking()
            .Where(c => documentIds.Contains(c.DocumentId) && c.Key != "")
            .OrderBy(c => c.DocumentId).ThenBy(c => c.Ordinal)
            .Select(c => new { c.DocumentId, c.Key })
            .ToListAsync(cancellationToken);
        return keys.Select(k => (k.DocumentId, k.Key)).ToList();
    }

    /// <summary>How many documents (distinct canonical designations) the store holds.</summary>
    public async Task<int> CountDocumentsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking().Select(d => d.Canonical).Distinct().CountAsync(cancellationToken);
    }

    /// <summary>Ids of every stored edition, for rebuilding projections.</summary>
    public async Task<IReadOnlyList<Guid>> ListIdsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking().OrderBy(d => d.Canonical).Select(d => d.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Finds a document (its current edition) by id, slug, canonical designation, designation as printed, alias, any
    /// written form the designation parser understands ("нрб 99/2009", "152-ФЗ"), or an unambiguous part of a
    /// canonical designation ("44/пр").
    /// </summary>
    public async Task<NormativeDocument?> FindAsync(string idOrDesignation, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(idOrDesignation, out var id))
        {
            return await GetAsync(id, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Documents.AsNoTracking()
            .Select(d => new DocumentKey(d.Id, d.IsCurrentEdition, d.Canonical, d.Designation, d.Slug, d.Aliases))
            .ToListAsync(cancellationToken);
        var best = DocumentLocator.Locate(all, idOrDesignation);
        return best is null ? null : await GetAsync(best.Value, cancellationToken);
    }

    /// <summary>
    /// Stores an edition: a new document, a new edition beside older ones, or a replacement of the stored file
    /// of the same edition. Decides which edition is current.
    /// </summary>
    public async Task<(IngestionStatus Status, NormativeDocument Stored)> SaveAsync(
        NormativeDocument incoming, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var source = incoming.Source ?? throw new ArgumentException("The document has no source file.", nameof(incoming));
        var createdFile = await files.SaveAsync(source.Sha256, source.Format, content, cancellationToken);
        try
        {
            return await SaveRecordAsync(incoming, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or OperationCanceledException)
        {
            if (createdFile)
            {
                files.Delete(source.Sha256, source.Format);
            }

            if (e is OperationCanceledException)
            {
                throw;
            }

            throw new IngestionException(IngestionFailure.StoreFailed, $"'{source.FileName}' could not be stored: {e.GetBaseException().Message}", e);
        }
    }

    /// <summary>Deletes one edition, its clauses, the relations it asserts and (if no other edition uses it) its file.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return false;
        }

        db.Documents.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
        await PromoteCurrentAsync(db, document.Canonical, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var stillUsed = document.Source is { } s && await db.Documents.AnyAsync(d => d.Source!.Sha256 == s.Sha256, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (document.Source is { } source && !stillUsed)
        {
            files.Delete(source.Sha256, source.Format);
        }

        return true;
    }

    private async Task<(IngestionStatus, NormativeDocument)> SaveRecordAsync(NormativeDocument incoming, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var editions = await db.Documents.Where(d => d.Canonical == incoming.Canonical).ToListAsync(cancellationToken);
        var sameEdition = editions.FirstOrDefault(e => EditionOrder.SameEdition(e, incoming));
        IngestionStatus status;
        if (sameEdition is not null)
        {
            incoming.Id = sameEdition.Id;
            incoming.CreatedAt = sameEdition.CreatedAt;
            AssignOwner(incoming);
            db.Documents.Remove(sameEdition);
            await db.SaveChangesAsync(cancellationToken);
            status = IngestionStatus.Updated;
        }
        else
        {
            AssignOwner(incoming);
            status = editions.Count == 0 ? IngestionStatus.Ingested : IngestionStatus.NewEdition;
        }

        GraphKeys.Assign(incoming);

        // A replaced file keeps its edition's place; anything else arrives as not current until promoted.
        incoming.IsCurrentEdition = sameEdition?.IsCurrentEdition ?? editions.Count == 0;

        db.Documents.Add(incoming);
        db.Names.AddRange(GraphKeys.Names(incoming));
        await db.SaveChangesAsync(cancellationToken);
        await PromoteCurrentAsync(db, incoming.Canonical, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (status, incoming);
    }

    private static void AssignOwner(NormativeDocument document)
    {
        foreach (var clause in document.Clauses)
        {
            clause.DocumentId = document.Id;
        }

        foreach (var relation in document.Relations)
        {
            relation.EvidenceDocumentId = document.Id;
        }
    }

    private static async Task PromoteCurrentAsync(KnowledgeDbContext db, string canonical, CancellationToken cancellationToken)
    {
        var editions = await db.Documents.Where(d => d.Canonical == canonical).ToListAsync(cancellationToken);
        var current = EditionOrder.Sort(editions, ignoreCurrentFlag: true).FirstOrDefault();
        var now = DateTimeOffset.UtcNow;
        foreach (var edition in editions)
        {
            var isCurrent = edition == current;
            if (edition.IsCurrentEdition != isCurrent && editions.Count > 1)
            {
                edition.StatusChangedAt = now;
            }

            edition.IsCurrentEdition = isCurrent;
        }
    }
}
