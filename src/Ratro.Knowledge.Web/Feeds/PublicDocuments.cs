using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Feeds;

/// <summary>
/// What feeds and the site map show: the current editions anyone may read (public and published), whoever asks. Feed
/// readers and crawlers share URLs and caches, so these never depend on who is signed in.
/// </summary>
public sealed class PublicDocuments(DocumentStore store)
{
    public async Task<IReadOnlyList<NormativeDocument>> ListAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken))
            .Where(d => d.Access == AccessLevel.Public && d.State == PublicationState.Published)
            .ToList();

    public Task<IReadOnlyList<(Guid DocumentId, string Key)>> ClauseKeysAsync(IReadOnlyList<NormativeDocument> documents, CancellationToken cancellationToken) =>
        store.ListClauseKeysAsync(documents.Select(d => d.Id).ToList(), cancellationToken);
}
