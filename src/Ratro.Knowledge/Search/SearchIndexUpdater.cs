using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Search;

/// <summary>
/// Keeps the index in step with the store: when a document's editions change it re-reads all of them (with
/// clauses) and replaces them in the index, or deletes the document from the index when none remain. The documents it
/// supersedes or is superseded by are projected again too, since their validity intervals follow from the change
/// (a predecessor ends when its successor arrives).
/// </summary>
public sealed class SearchIndexUpdater(DocumentStore store, ISearchIndex index, SupersessionNeighbors neighbors) : IDocumentChangeListener
{
    public async Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken)
    {
        await ProjectAsync(canonical, cancellationToken);
        foreach (var neighbor in await neighbors.OfAsync(canonical, cancellationToken))
        {
            await ProjectAsync(neighbor, cancellationToken);
        }
    }

    private async Task ProjectAsync(string canonical, CancellationToken cancellationToken)
    {
        var editions = await store.GetEditionsWithClausesAsync(canonical, cancellationToken);
        if (editions.Count == 0)
        {
            await index.DeleteDocumentAsync(canonical, cancellationToken);
        }
        else
        {
            await index.ReplaceDocumentAsync(canonical, editions, cancellationToken);
        }
    }
}
