using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Content;

/// <summary>Every version of an item, newest first, with who made and published it and when.</summary>
public sealed class HistoryModel(ContentService content) : AdminPageModel
{
    public ContentItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
