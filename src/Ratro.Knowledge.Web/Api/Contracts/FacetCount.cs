namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A facet value and how many matched documents carry it.</summary>
public sealed record FacetCount(string Value, int Count);
