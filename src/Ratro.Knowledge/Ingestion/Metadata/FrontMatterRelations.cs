using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>Reads the front matter's <c>relations</c> list: <c>{type, target, degree, clauses, target_clause, partial, effective, note}</c>.</summary>
internal static class FrontMatterRelations
{
    public static IReadOnlyList<DocumentRelation> Read(FrontMatterReader.Values values, string sourceCanonical)
    {
        if (!values.TryGetRaw("relations", out var raw) || raw is null)
        {
            return [];
        }

        if (raw is not IEnumerable<object?> items || raw is string)
        {
            throw values.Error("relations", "must be a list of {type, target} maps");
        }

        var relations = new List<DocumentRelation>();
        var index = 0;
        foreach (var item in items)
        {
            index++;
            if (item is not IDictionary<object, object?> map)
            {
                throw values.Error("relations", $"item {index} must be a map with 'type' and 'target'");
            }

            relations.AddRange(ReadOne(values, map, index, sourceCanonical));
        }

        return relations;
    }

    private static IEnumerable<DocumentRelation> ReadOne(FrontMatterReader.Values values, IDictionary<object, object?> map, int index, string sourceCanonical)
    {
        string? Get(string key) => map.TryGetValue(key, out var v) ? values.AsString(v, $"relations[{index}].{key}") : null;

        var key = $"relations[{index}]";
        var typeText = Get("type") ?? throw values.Error(key, "has no 'type'");
        var target = Get("target") ?? throw values.Error(key, "has no 'target'");
        if (!EnumNames.TryParse<RelationType>(typeText, out var type))
        {
            throw values.Error($"{key}.type", $"is '{typeText}'; expected one of: {string.Join(", ", EnumNames.All<RelationType>())}");
        }

        CorrespondenceDegree? degree = null;
        if (Get("degree") is { } degreeText)
        {
            degree = EnumNames.TryParse<CorrespondenceDegree>(degreeText, out var d)
                ? d
                : throw values.Error($"{key}.degree", $"is '{degreeText}'; expected IDT, MOD or NEQ");
        }

        var partial = Get("partial") is { } p && bool.TryParse(p, out var isPartial) && isPartial;
        var effective = values.AsDate(Get("effective"), $"{key}.effective");
        var clauses = map.TryGetValue("clauses", out var c) ? values.AsList(c, $"{key}.clauses") : [];
        List<string?> targetClauses = clauses.Count > 0
            ? clauses.Select(c => (string?)ClauseKeys.Normalize(c)).ToList()
            : [Get("target_clause") is { } tc ? ClauseKeys.Normalize(tc) : null];
        foreach (var targetClause in targetClauses)
        {
            yield return new DocumentRelation
            {
                SourceCanonical = sourceCanonical,
                Type = type,
                TargetCanonical = target,
                TargetClause = targetClause,
                Degree = degree,
                Partial = partial,
                EffectiveOn = effective,
                Origin = RelationOrigin.Metadata,
                Evidence = Get("note"),
            };
        }
    }
}
