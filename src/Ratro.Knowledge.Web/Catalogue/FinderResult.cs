using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// One page of the catalogue or of search results: the documents, how many matched, facet counts (each facet counted
/// with the other facets' filters applied, so choosing a value never hides the alternatives), what the engine
/// understood, and why there are no results when the query could not run.
/// </summary>
public sealed record FinderResult(
    int Total,
    IReadOnlyList<FoundDocument> Documents,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    SearchExplanation Explanation,
    int PageSize)
{
    /// <summary>The engine's reason a query cannot run ("русский / English"), or null.</summary>
    public string? QueryError { get; init; }

    /// <summary>The search engine could not be reached.</summary>
    public bool Unavailable { get; init; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<FacetValue> Facet(string name) => Facets.TryGetValue(name, out var values) ? values : [];

    public static FinderResult Failed(string error, int pageSize) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), SearchExplanation.None, pageSize) { QueryError = error };

    public static FinderResult Down(int pageSize) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), SearchExplanation.None, pageSize) { Unavailable = true };
}
