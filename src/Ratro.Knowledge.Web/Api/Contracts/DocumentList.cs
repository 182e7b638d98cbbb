namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A page of documents: <see cref="Total"/> matched, <see cref="Limit"/> from <see cref="Offset"/>, with facet counts over all matched.</summary>
public sealed record DocumentList(
    int Total,
    int Offset,
    int Limit,
    IReadOnlyList<DocumentSummary> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
