namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>One value of a facet as a link: what it reads, how many documents carry it, whether it is chosen, where the link goes.</summary>
public sealed record FacetOption(string Value, string Label, int Count, bool Selected, string Href);
