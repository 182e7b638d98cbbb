using System.Globalization;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>Turns facet counts into link lists: labels in the visitor's language, chosen values kept even at zero, years newest first.</summary>
public static class FacetView
{
    public const int MaxOptions = 25;

    /// <summary>Issuers and ICS codes are many and long: fewer of them are offered.</summary>
    public const int MaxLongOptions = 12;

    public static IReadOnlyList<FacetGroup> Build(FinderResult result, DocumentQuery query, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(query);
        var groups = new List<FacetGroup>();
        foreach (var facet in DocumentQuery.Facets)
        {
            var counts = result.Facet(facet).ToList();
            counts.AddRange(query.Selected(facet).Where(v => counts.All(c => c.Value != v)).Select(v => new FacetValue(v, 0)));
            var ordered = facet == FacetNames.Year
                ? counts.OrderByDescending(c => c.Value, StringComparer.Ordinal)
                : counts.OrderByDescending(c => query.IsSelected(facet, c.Value)).ThenByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal);
            var options = ordered
                .Take(facet is FacetNames.Issuer or FacetNames.Ics ? MaxLongOptions : MaxOptions)
                .Select(c => new FacetOption(c.Value, Label(facet, c.Value), c.Count, query.IsSelected(facet, c.Value), path + query.Toggle(facet, c.Value).ToQueryString()))
                .ToList();
            if (options.Count > 0)
            {
                groups.Add(new FacetGroup(facet, Heading(facet), options));
            }
        }

        return groups;
    }

    public static Text Heading(string facet) => facet switch
    {
        FacetNames.Type => DocumentText.Type,
        FacetNames.Status => DocumentText.Status,
        FacetNames.Issuer => DocumentText.Issuer,
        FacetNames.Jurisdiction => DocumentText.Jurisdiction,
        FacetNames.Ics => DocumentText.Ics,
        _ => DocumentText.Year,
    };

    public static string Label(string facet, string value) => facet switch
    {
        FacetNames.Type when EnumNames.TryParse<DocumentType>(value, out var type) => DocumentTypeText.For(type),
        FacetNames.Status when EnumNames.TryParse<DocumentStatus>(value, out var status) => StatusText.For(status),
        FacetNames.Jurisdiction => JurisdictionText.For(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
