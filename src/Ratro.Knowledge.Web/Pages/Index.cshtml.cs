using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;
using Ratro.Knowledge.Web.Site;

namespace Ratro.Knowledge.Web.Pages;

/// <summary>The home page: what the base holds, the newest documents, the latest news, search and ask boxes.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(KnowledgeSummaryService summaries, ContentReader content, IOptions<CmsOptions> options) : PageModel
{
    public KnowledgeSummary Summary { get; private set; } = new(0, [], []);

    public IReadOnlyList<PublishedContent> News { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await summaries.GetAsync(User, cancellationToken);
        News = await content.LatestNewsAsync(Cultures.Current, options.Value.HomeNewsCount, cancellationToken);
    }
}
