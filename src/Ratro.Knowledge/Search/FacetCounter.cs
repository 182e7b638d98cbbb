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
            Add(counts[FacetNames.Type], EnumNames.ToName(e.Type));
            Add(counts[FacetNames.Status], EnumNames.ToName(e.Status));
            Add(counts[FacetNames.Issuer], e.Issuer);
            Add(counts[FacetNames.Jurisdiction], e.Jurisdiction);
            Add(counts[FacetNames.Language], e.Language);
            Add(counts[FacetNames.Access], EnumNames.ToName(e.Access));
            Add(counts[FacetNames.Year], e.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "");
            foreach (var code in e.IcsCodes)
            {
                Add(counts[FacetNames.Ics], code);
            }
        }

        return counts.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<FacetValue>)p.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetValue(v.Key, v.Value)).ToList());
    }

    private static void Add(Dictionary<string, int> counts, string value)
    {
        if (value.Length > 0)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
    }
}
