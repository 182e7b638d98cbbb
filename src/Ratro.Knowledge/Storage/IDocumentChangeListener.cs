namespace Ratro.Knowledge.Storage;

/// <summary>
/// A projection of the store (a search index, a cache) told that the editions of a document changed. It
/// re-reads them from the store; the store stays the source of truth.
/// </summary>
public interface IDocumentChangeListener
{
    Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken);
}
