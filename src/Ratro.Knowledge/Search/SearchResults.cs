namespace Ratro.Knowledge.Search;

/// <summary>
/// One page of results: <see cref="Total"/> documents matched (each document once, editions grouped), the
/// page's hits, facet counts over all matched documents the caller may see, and what the engine understood.
/// </summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<DocumentHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    SearchExplanation Explanation)
{
    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), SearchExplanation.None);

    /// <summary>The counts of one facet (see <see cref="FacetNames"/>), empty when nothing matched.</summary>
    public IReadOnlyList<FacetValue> Facet(string name) => Facets.TryGetValue(name, out var values) ? values : [];
}
