using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Pages.News;

/// <summary>/news/{slug}: one published news item.</summary>
public sealed class ItemModel(ContentReader reader) : PageModel
{
    public PublishedContent Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var content = await reader.FindPublishedAsync(ContentType.News, slug, Cultures.Current, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }

        Article = content;
        return Page();
    }
}
