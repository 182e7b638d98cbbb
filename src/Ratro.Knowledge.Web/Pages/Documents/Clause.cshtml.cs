using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Pages.Documents;

/// <summary>
/// /documents/{slug}/clauses/{key}: one clause (with the clauses under it) and a link back to its place in the document.
/// A visitor who may see the document's card but not read it gets 403 with the members' notice; otherwise unknown
/// documents and clauses are 404.
/// </summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class ClausePageModel(DocumentViewLoader loader) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public ClauseNode? Node { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string key, Guid? edition, CancellationToken cancellationToken)
    {
        var view = await loader.LoadAsync(slug, edition, User, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        if (!view.CanRead)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Node = ClauseTree.Find(view.Tree, key);
        return Node is null ? NotFound() : Page();
    }
}
