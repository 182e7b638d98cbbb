using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.References;

namespace Ratro.Knowledge.Web.Pages.Documents;

/// <summary>/documents/{slug}: the record card, the editions, the clause tree with the text, the original file, the references.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class DocumentPageModel(DocumentViewLoader loader, ReferenceLoader references) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public DocumentReferences References { get; private set; } = DocumentReferences.Empty;

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
        References = await references.LoadAsync(view.Edition, view.CanRead, User, cancellationToken);
        CanonicalUrl = $"{Request.Scheme}://{Request.Host}{DocumentLinks.Document(view.Slug, view.EditionParameter)}";
        JsonLd = LegislationJsonLd.Build(view.Edition, new Uri(CanonicalUrl), view.CanRead);
        return Page();
    }
}
