using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Pages.News;

/// <summary>/news: published news, newest first.</summary>
public sealed class IndexModel(ContentReader reader, IOptions<CmsOptions> options) : PageModel
{
    public IReadOnlyList<PublishedContent> News { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        News = await reader.LatestNewsAsync(Cultures.Current, options.Value.NewsPageSize, cancellationToken);
    }
}
