using System.Security.Claims;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Site;

/// <summary>Builds the home page's <see cref="KnowledgeSummary"/> from the document store (current editions only).</summary>
public sealed class KnowledgeSummaryService(DocumentStore store)
{
    public const int RecentCount = 5;

    public async Task<KnowledgeSummary> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var visible = (await store.ListAsync(cancellationToken)).Where(d => DocumentAccess.CanSee(user, d)).ToList();
        var byType = visible
            .GroupBy(d => d.Type)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2)
            .ThenBy(p => p.Key)
            .ToList();
        var recent = visible
            .OrderByDescending(d => d.CreatedAt)
            .ThenBy(d => d.Canonical, StringComparer.Ordinal)
            .Take(RecentCount)
            .ToList();
        return new KnowledgeSummary(visible.Count, byType, recent);
    }
}
