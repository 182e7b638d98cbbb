using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages;

/// <summary>/admin: every page and news item with its state.</summary>
public sealed class IndexModel(ContentService content) : AdminPageModel
{
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await content.ListAsync(cancellationToken);
    }
}
