using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Terms;

namespace Ratro.Knowledge.Web.Pages.Glossary;

/// <summary>/glossary?letter=…&amp;q=…: the bilingual glossary with a letter index and a filter, both plain GET links and forms.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class GlossaryPageModel(GlossaryView glossary) : PageModel
{
    public GlossaryPage Glossary { get; private set; } = new([], [], null, "", 0, null);

    public async Task OnGetAsync(string? letter, string? q, CancellationToken cancellationToken)
    {
        Glossary = await glossary.BuildAsync(letter, q, User, cancellationToken);
    }

    public string LetterHref(string? letter) =>
        "/glossary" + QueryString.Create(new Dictionary<string, string?> { ["letter"] = letter, ["q"] = Glossary.Filter.Length > 0 ? Glossary.Filter : null }
            .Where(p => p.Value is not null)).ToUriComponent();
}
