using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

/// <summary>Editorial changes to stored editions: the record's fields and the relations it asserts.</summary>
public sealed partial class DocumentStore
{
    /// <summary>
    /// Changes the record of one edition (not its clauses, relations or file) in one transaction, keeps its slug in step
    /// with its canonical designation, and decides again which edition is current in the document it left (when the
    /// canonical designation changed) and the one it belongs to. Null when there is no such edition.
    /// </summary>
    public async Task<RecordUpdate?> UpdateRecordAsync(Guid id, Action<NormativeDocument> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var previous = document.Canonical;
        change(document);
        document.Slug = Slugs.ForCanonical(document.Canonical);
        document.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        if (previous != document.Canonical)
        {
            await PromoteCurrentAsync(db, previous, cancellationToken);
        }

        await PromoteCurrentAsync(db, document.Canonical, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RecordUpdate(previous, (await GetAsync(id, cancellationToken))!);
    }

    /// <summary>Adds a relation the edition asserts (an editor's correction). False when there is no such edition.</summary>
    public async Task<bool> AddRelationAsync(Guid documentId, DocumentRelation relation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relation);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return false;
        }

        relation.EvidenceDocumentId = documentId;
        db.Relations.Add(relation);
        document.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes one relation the edition asserts. False when the edition does not assert it.</summary>
    public async Task<bool> RemoveRelationAsync(Guid documentId, Guid relationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var relation = await db.Relations.FirstOrDefaultAsync(r => r.Id == relationId && r.EvidenceDocumentId == documentId, cancellationToken);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (relation is null || document is null)
        {
            return false;
        }

        db.Relations.Remove(relation);
        document.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
