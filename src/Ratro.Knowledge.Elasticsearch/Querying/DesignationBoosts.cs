using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// Documents named by designation rank first: their edition documents match with a constant score — the bonuses of
/// <see cref="DesignatedDocuments"/>, added to the text score — whether or not their text matched.
/// </summary>
public static class DesignationBoosts
{
    public static List<Query> For(DesignatedDocuments designated)
    {
        var boosts = new List<Query>();
        if (designated.Count == 0)
        {
            return boosts;
        }

        var exact = designated.UndatedByCanonical.Where(p => !p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var undated = designated.UndatedByCanonical.Where(p => p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (exact.Count > 0)
        {
            boosts.Add(Dsl.Constant(Editions(exact), DesignatedDocuments.ExactBonus));
        }

        if (undated.Count > 0)
        {
            boosts.Add(Dsl.Constant(Editions(undated), DesignatedDocuments.UndatedBonus));
        }

        var all = exact.Concat(undated).Order(StringComparer.Ordinal).ToList();
        boosts.Add(Dsl.Constant(Editions(all, Dsl.Term(IndexFields.IsCurrent, true)), DesignatedDocuments.CurrentBonus));
        return boosts;
    }

    /// <summary>The edition documents of these documents (that also pass the further filters).</summary>
    public static Query Editions(IReadOnlyList<string> canonicals, params Query[] further) =>
        Dsl.AllOf([Dsl.Term(IndexFields.Kind, IndexFields.KindEdition), Dsl.Terms(IndexFields.Canonical, canonicals), .. further]);
}
