using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>A facet with its options, ready to render.</summary>
public sealed record FacetGroup(string Name, Text Label, IReadOnlyList<FacetOption> Options);
