namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>
/// Search results: documents (editions grouped) with their best clauses, facet counts, and what the engine understood
/// (recognized designations, glossary expansions, whether the query was relaxed).
/// </summary>
public sealed record SearchResponse(
    int Total,
    int Offset,
    int Limit,
    IReadOnlyList<SearchHitItem> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<string> RecognizedDesignations,
    IReadOnlyList<string> Expansions,
    bool Relaxed);
