namespace Ratro.Knowledge.Search;

/// <summary>A facet value and how many matched documents carry it.</summary>
public sealed record FacetValue(string Value, int Count);
