using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>The filters of graph reads, written so the (key, clause) indexes of the relations table serve them.</summary>
internal static class RelationQueries
{
    public static IQueryable<DocumentRelation> FromKeys(
        IQueryable<DocumentRelation> relations, IReadOnlyCollection<string> keys, IReadOnlyCollection<RelationType>? types, ClauseScope? clause)
    {
        var query = relations.Where(r => keys.Contains(r.SourceKey));
        if (clause is { Key: var key })
        {
            var (slash, dot) = Prefixes(clause);
            query = query.Where(r => r.SourceClause == key || r.SourceClause!.StartsWith(slash) || (dot != null && r.SourceClause!.StartsWith(dot)));
        }

        return types is null ? query : query.Where(r => types.Contains(r.Type));
    }

    public static IQueryable<DocumentRelation> ToKeys(
        IQueryable<DocumentRelation> relations, IReadOnlyCollection<string> keys, IReadOnlyCollection<RelationType>? types, ClauseScope? clause)
    {
        var query = relations.Where(r => keys.Contains(r.TargetKey));
        if (clause is { Key: var key })
        {
            var (slash, dot) = Prefixes(clause);
            query = query.Where(r => r.TargetClause == key || r.TargetClause!.StartsWith(slash) || (dot != null && r.TargetClause!.StartsWith(dot)));
        }

        return types is null ? query : query.Where(r => types.Contains(r.Type));
    }

    private static (string Slash, string? Dot) Prefixes(ClauseScope clause) =>
        (clause.DescendantPrefixes[0], clause.DescendantPrefixes.Count > 1 ? clause.DescendantPrefixes[1] : null);
}
