using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Content;

/// <summary>Shows a version (by default the newest draft) as the public would see it, marked as a preview.</summary>
public sealed class PreviewModel(ContentReader reader) : AdminPageModel
{
    public PublishedContent Article { get; private set; } = null!;

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? version, CancellationToken cancellationToken)
    {
        var content = await reader.PreviewAsync(id, version, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }

        Id = id;
        Article = content;
        return Page();
    }
}
