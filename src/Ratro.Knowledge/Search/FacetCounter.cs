using System.Globalization;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>Counts facet values over the matched documents (the edition shown of each), most frequent first.</summary>
public static class FacetCounter
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IEnumerable<EditionInfo> editions)
    {
        var counts = FacetNames.All.ToDictionary(n => n, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var e in editions)
        {
            foreach (var (facet, value) in ValuesOf(e))
            {
                counts[facet][value] = counts[facet].GetValueOrDefault(value) + 1;
            }
        }

        return counts.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<FacetValue>)p.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetValue(v.Key, v.Value)).ToList());
    }

    /// <summary>The facet values an edition counts for (empty values are not counted); an ICS code once per listing.</summary>
    public static IEnumerable<(string Facet, string Value)> ValuesOf(EditionInfo e)
    {
        IEnumerable<(string, string)> all =
        [
            (FacetNames.Type, EnumNames.ToName(e.Type)),
            (FacetNames.Status, EnumNames.ToName(e.Status)),
            (FacetNames.Issuer, e.Issuer),
            (FacetNames.Jurisdiction, e.Jurisdiction),
            (FacetNames.Language, e.Language),
            (FacetNames.Access, EnumNames.ToName(e.Access)),
            (FacetNames.Year, e.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? ""),
            .. e.IcsCodes.Select(code => (FacetNames.Ics, code)),
        ];
        return all.Where(p => p.Item2.Length > 0);
    }
}
