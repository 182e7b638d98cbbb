using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>Runs every query of a relevance set through a search index (text ranking only) at an access level and keeps the top ten documents.</summary>
public static class RelevanceRunner
{
    public const int Depth = 10;

    public static async Task<RelevanceReport> RunAsync(ISearchIndex index, IReadOnlyList<RelevanceQuery> queries, AccessLevel access, CancellationToken cancellationToken)
    {
        var outcomes = new List<QueryOutcome>(queries.Count);
        foreach (var query in queries)
        {
            var results = await index.SearchAsync(
                new SearchQuery { Text = query.Text, Filters = query.Filters, Access = access, Limit = Depth, ClausesPerDocument = 1, Hybrid = false },
                cancellationToken);
            outcomes.Add(new QueryOutcome(query, results.Hits.Select(h => h.Canonical).ToList()));
        }

        return RelevanceReport.Of(outcomes);
    }
}
