using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Caching;

/// <summary>Drops every cached document page when any document changes (ingestion, edits, publication, deletion).</summary>
public sealed class OutputCacheInvalidator(IOutputCacheStore store) : IDocumentChangeListener
{
    public async Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(AnonymousPagePolicy.Tag, cancellationToken);
}
