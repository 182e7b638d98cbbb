namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// The facet values of every indexed edition as small integers, built once per index version: counting the facets of
/// a result set is then one pass over its editions with integer counters, no strings compared or hashed per edition.
/// Counts and order are those of <see cref="FacetCounter"/>.
/// </summary>
public sealed class EditionFacets
{
    private readonly Dictionary<long, int> ordinals = [];
    private readonly List<string>[] values;
    private readonly int[][] valuesOfEdition;

    public EditionFacets(IEnumerable<EditionInfo> editions)
    {
        values = FacetNames.All.Select(_ => new List<string>()).ToArray();
        var lookup = FacetNames.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var perEdition = new List<int[]>();
        foreach (var edition in editions)
        {
            ordinals[edition.Key] = perEdition.Count;
            perEdition.Add(FacetCounter.ValuesOf(edition).Select(p => Encode(lookup, p.Facet, p.Value)).ToArray());
        }

        valuesOfEdition = perEdition.ToArray();
    }

    /// <summary>Facet counts over the given editions (an edition this table does not know makes it count by strings).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IReadOnlyList<EditionInfo> editions)
    {
        var counts = values.Select(v => new int[v.Count]).ToArray();
        foreach (var edition in editions)
        {
            if (!ordinals.TryGetValue(edition.Key, out var ordinal))
            {
                return FacetCounter.Count(editions);
            }

            foreach (var code in valuesOfEdition[ordinal])
            {
                counts[code & 0xF][code >> 4]++;
            }
        }

        return Ordered(counts);
    }

    private int Encode(Dictionary<string, int>[] lookup, string facet, string value)
    {
        var f = IndexOf(facet);
        if (!lookup[f].TryGetValue(value, out var v))
        {
            lookup[f][value] = v = values[f].Count;
            values[f].Add(value);
        }

        return (v << 4) | f;
    }

    private static int IndexOf(string facet)
    {
        for (var i = 0; i < FacetNames.All.Count; i++)
        {
            if (FacetNames.All[i] == facet)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(facet), facet, "Unknown facet.");
    }

    private Dictionary<string, IReadOnlyList<FacetValue>> Ordered(int[][] counts) =>
        Enumerable.Range(0, values.Length).ToDictionary(
            f => FacetNames.All[f],
            f => (IReadOnlyList<FacetValue>)Enumerable.Range(0, counts[f].Length)
                .Where(v => counts[f][v] > 0)
                .Select(v => new FacetValue(values[f][v], counts[f][v]))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToList());
}
