using System.Globalization;
using Elastic.Clients.Elasticsearch.Aggregations;
using Ratro.Knowledge.Elasticsearch.Querying;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>Facet counts from the terms aggregations: per value, the distinct documents (not index documents) carrying it, most first.</summary>
public static class FacetReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Read(AggregateDictionary? aggregations)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var name in FacetNames.All)
        {
            var values = Buckets(aggregations, name)
                .Where(b => b.Value.Length > 0 && b.Count > 0)
                .OrderByDescending(b => b.Count)
                .ThenBy(b => b.Value, StringComparer.Ordinal)
                .Select(b => new FacetValue(b.Value, b.Count))
                .ToList();
            facets[name] = values;
        }

        return facets;
    }

    /// <summary>The number of distinct documents in a bucket (or a whole search).</summary>
    public static int Documents(AggregateDictionary? aggregations) =>
        aggregations?.GetCardinality(GroupedSearch.Documents) is { } cardinality ? (int)cardinality.Value : 0;

    private static IEnumerable<(string Value, int Count)> Buckets(AggregateDictionary? aggregations, string name)
    {
        if (aggregations is null || !aggregations.TryGetValue(name, out var aggregate))
        {
            return [];
        }

        return aggregate switch
        {
            StringTermsAggregate terms => terms.Buckets.Select(b => (Text(b.Key), Documents(b.Aggregations))),
            LongTermsAggregate terms => terms.Buckets.Select(b => (b.Key.ToString(CultureInfo.InvariantCulture), Documents(b.Aggregations))),
            _ => [],
        };
    }

    private static string Text(Elastic.Clients.Elasticsearch.FieldValue key) =>
        key.TryGetString(out var text) ? text : key.ToString() ?? "";
}
