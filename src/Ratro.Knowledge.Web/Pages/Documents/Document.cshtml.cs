using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Pages.Documents;

/// <summary>/documents/{slug}: the record card, the editions, the clause tree with the text, the original file.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class DocumentPageModel(DocumentViewLoader loader) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public string JsonLd { get; private set; } = "{}";

    public string CanonicalUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, Guid? edition, CancellationToken cancellationToken)
    {
        var view = await loader.LoadAsync(slug, edition, User, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        CanonicalUrl = $"{Request.Scheme}://{Request.Host}{DocumentLinks.Document(view.Slug, view.EditionParameter)}";
        JsonLd = LegislationJsonLd.Build(view.Edition, new Uri(CanonicalUrl), view.CanRead);
        return Page();
    }
}
