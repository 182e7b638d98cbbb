namespace Ratro.Knowledge.Web.Cms;

/// <summary>
/// Told after a page or news item changed on the site (published, unpublished or deleted), so what was derived from
/// the published content (cached pages) can be dropped. Saving a draft changes nothing on the site and is not announced.
/// </summary>
public interface IContentChangeListener
{
    Task OnContentChangedAsync(ContentItem item, CancellationToken cancellationToken);
}
