using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Caching;

/// <summary>
/// Drops every cached page when any document changes (ingestion, edits, publication, access, deletion) or any page or
/// news item is published, unpublished or deleted: cached pages carry the catalogue and the site's navigation.
/// </summary>
public sealed class OutputCacheInvalidator(IOutputCacheStore store) : IDocumentChangeListener, IContentChangeListener
{
    public async Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(AnonymousPagePolicy.Tag, cancellationToken);

    public async Task OnContentChangedAsync(ContentItem item, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(AnonymousPagePolicy.Tag, cancellationToken);
}
