using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Pages.Content;

/// <summary>/pages/{slug}: the published version of a page, in the visitor's language when translated.</summary>
public sealed class ContentPageModel(ContentReader reader) : PageModel
{
    public PublishedContent Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var content = await reader.FindPublishedAsync(ContentType.Page, slug, Cultures.Current, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }

        Article = content;
        return Page();
    }
}
