using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Editing;

/// <summary>
/// Editorial changes to stored editions — metadata, relations, publication, deletion — each stored in one transaction and
/// then announced to every <see cref="IDocumentChangeListener"/> (the search index, caches), so that what the store says
/// is what search, feeds and answers show. A listener that fails does not undo the change; it is reported as a warning.
/// </summary>
public sealed class DocumentEditor(
    DocumentStore store, IEnumerable<IDocumentChangeListener> listeners, TimeProvider clock, ILogger<DocumentEditor> logger)
{
    public async Task<EditResult> UpdateMetadataAsync(Guid id, MetadataEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        edit = Trimmed(edit);
        if (MetadataRules.Check(edit) is { } problem)
        {
            return EditResult.Invalid(problem);
        }

        var before = await store.GetAsync(id, cancellationToken);
        if (before is null)
        {
            return EditResult.NotFound;
        }

        if (await ClashAsync(before, edit, cancellationToken) is { } clash)
        {
            return EditResult.Conflict(clash);
        }

        var now = clock.GetUtcNow();
        var update = await store.UpdateRecordAsync(id, d => Apply(d, edit, now), cancellationToken);
        return update is null ? EditResult.NotFound : await AnnounceAsync(update.Document, update.PreviousCanonical, cancellationToken);
    }

    public async Task<EditResult> AddRelationAsync(Guid id, RelationEdit relation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (string.IsNullOrWhiteSpace(relation.TargetCanonical))
        {
            return EditResult.Invalid("target: the related document's designation must not be empty");
        }

        var document = await store.GetAsync(id, cancellationToken);
        if (document is null)
        {
            return EditResult.NotFound;
        }

        var added = await store.AddRelationAsync(id, new DocumentRelation
        {
            SourceCanonical = document.Canonical,
            SourceClause = Clean(relation.SourceClause) is { } sc ? ClauseKeys.Normalize(sc) : null,
            Type = relation.Type,
            TargetCanonical = relation.TargetCanonical.Trim(),
            TargetClause = Clean(relation.TargetClause) is { } tc ? ClauseKeys.Normalize(tc) : null,
            Degree = relation.Degree,
            Partial = relation.Partial,
            EffectiveOn = relation.EffectiveOn,
            Origin = RelationOrigin.Editor,
        }, cancellationToken);
        return added ? await ReloadAndAnnounceAsync(id, cancellationToken) : EditResult.NotFound;
    }

    public async Task<EditResult> RemoveRelationAsync(Guid id, Guid relationId, CancellationToken cancellationToken) =>
        await store.RemoveRelationAsync(id, relationId, cancellationToken)
            ? await ReloadAndAnnounceAsync(id, cancellationToken)
            : EditResult.NotFound;

    /// <summary>Makes the edition public (within its access level), recording who published it and when.</summary>
    public async Task<EditResult> PublishAsync(Guid id, string publishedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        var now = clock.GetUtcNow();
        var update = await store.UpdateRecordAsync(id, d =>
        {
            d.State = PublicationState.Published;
            d.PublishedBy = publishedBy;
            d.PublishedAt = now;
        }, cancellationToken);
        return update is null ? EditResult.NotFound : await AnnounceAsync(update.Document, null, cancellationToken);
    }

    /// <summary>Returns the edition to draft: only editors see it again.</summary>
    public async Task<EditResult> UnpublishAsync(Guid id, CancellationToken cancellationToken)
    {
        var update = await store.UpdateRecordAsync(id, d =>
        {
            d.State = PublicationState.Draft;
            d.PublishedBy = null;
            d.PublishedAt = null;
        }, cancellationToken);
        return update is null ? EditResult.NotFound : await AnnounceAsync(update.Document, null, cancellationToken);
    }

    /// <summary>Deletes the edition, its clauses, the relations it asserts and its file when no other edition shares it.</summary>
    public async Task<EditResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(id, cancellationToken);
        if (document is null || !await store.DeleteAsync(id, cancellationToken))
        {
            return EditResult.NotFound;
        }

        var warnings = await NotifyAsync(document.Canonical, cancellationToken);
        return new EditResult(EditOutcome.Done, null, null, warnings);
    }

    private async Task<string?> ClashAsync(NormativeDocument before, MetadataEdit edit, CancellationToken cancellationToken)
    {
        var proposed = new NormativeDocument { IsDigest = before.IsDigest, Edition = edit.Edition, EditionDate = edit.EditionDate };
        var editions = await store.GetEditionsAsync(edit.Canonical, cancellationToken);
        return editions.Any(e => e.Id != before.Id && EditionOrder.SameEdition(e, proposed))
            ? $"edition: '{edit.Canonical}' already has this edition ({edit.Edition ?? "no label"}, {edit.EditionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no date"}); change the edition label or date"
            : null;
    }

    private static void Apply(NormativeDocument d, MetadataEdit edit, DateTimeOffset now)
    {
        d.ReviewFlags = ResolvedFlags.Remaining(d.ReviewFlags, d, edit);
        if (d.Status != edit.Status)
        {
            d.StatusChangedAt = now;
        }

        if (d.Canonical != edit.Canonical)
        {
            d.Aliases = d.Aliases.Append(d.Canonical).Where(a => a != edit.Canonical && !a.StartsWith("unidentified:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        }

        d.Designation = edit.Designation;
        d.Canonical = edit.Canonical;
        d.TitleRu = edit.TitleRu;
        d.TitleEn = edit.TitleEn;
        d.Type = edit.Type;
        d.Issuer = edit.Issuer;
        d.Jurisdiction = edit.Jurisdiction;
        d.Language = edit.Language;
        d.Status = edit.Status;
        d.StatusVerified = edit.StatusVerified;
        d.StatusNote = edit.StatusNote;
        d.ApprovedOn = edit.ApprovedOn;
        d.EffectiveOn = edit.EffectiveOn;
        d.WithdrawnOn = edit.WithdrawnOn;
        d.IcsCodes = edit.IcsCodes.ToList();
        d.Access = edit.Access;
        d.Edition = edit.Edition;
        d.EditionDate = edit.EditionDate;
    }

    private static MetadataEdit Trimmed(MetadataEdit edit) => edit with
    {
        Designation = edit.Designation?.Trim() ?? "",
        Canonical = edit.Canonical?.Trim() ?? "",
        TitleRu = Clean(edit.TitleRu),
        TitleEn = Clean(edit.TitleEn),
        Issuer = Clean(edit.Issuer),
        Jurisdiction = Clean(edit.Jurisdiction)?.ToUpperInvariant(),
        Language = (edit.Language ?? "").Trim().ToLowerInvariant(),
        StatusVerified = Clean(edit.StatusVerified),
        StatusNote = Clean(edit.StatusNote),
        Edition = Clean(edit.Edition),
        IcsCodes = edit.IcsCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<EditResult> ReloadAndAnnounceAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(id, cancellationToken);
        return document is null ? EditResult.NotFound : await AnnounceAsync(document, null, cancellationToken);
    }

    private async Task<EditResult> AnnounceAsync(NormativeDocument document, string? previousCanonical, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        if (previousCanonical is not null && previousCanonical != document.Canonical)
        {
            warnings.AddRange(await NotifyAsync(previousCanonical, cancellationToken));
        }

        warnings.AddRange(await NotifyAsync(document.Canonical, cancellationToken));
        return new EditResult(EditOutcome.Done, document, null, warnings);
    }

    private async Task<List<string>> NotifyAsync(string canonical, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnDocumentChangedAsync(canonical, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Projection {Listener} failed for {Canonical}", listener.GetType().Name, canonical);
                warnings.Add($"{listener.GetType().Name} was not updated ({e.Message}); rebuild it with 'ratro reindex'");
            }
        }

        return warnings;
    }
}
