using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>Turns what the preface parser and the reference extractor found into relations of the graph.</summary>
public static class RelationMapper
{
    public static DocumentRelation FromPreface(FoundRelation found) => new()
    {
        SourceCanonical = found.SourceCanonical,
        Type = found.Type,
        TargetCanonical = found.TargetCanonical,
        TargetEdition = found.TargetEdition,
        Degree = found.Degree,
        Partial = found.Partial,
        EffectiveOn = found.SourceDate,
        Origin = found.Origin,
        Evidence = found.Evidence,
        Position = found.Position < 0 ? null : found.Position,
    };

    /// <summary>
    /// The relations one reference in clause <paramref name="clause"/> of document <paramref name="self"/> stands for:
    /// one per target clause. An editorial "в ред. …" note is an amends edge from the amending act to this place.
    /// </summary>
    public static IEnumerable<DocumentRelation> FromReference(ExtractedReference reference, string self, Clause clause, Func<Clause, ReferenceScope, string?> scopeKey)
    {
        if (reference.UnresolvedTarget is not null)
        {
            yield break;
        }

        var target = reference.Target?.Canonical ?? self;
        var prefix = reference.Scope == ReferenceScope.Document ? null : scopeKey(clause, reference.Scope);
        var keys = reference.TargetClauses.Count == 0
            ? [null]
            : reference.TargetClauses.Select(k => (string?)(prefix is null ? k : ClauseKeys.Scoped(prefix, k)));
        foreach (var key in keys)
        {
            if (target == self && key is null)
            {
                continue;
            }

            var amends = reference.Relation == RelationType.Amends;
            yield return new DocumentRelation
            {
                SourceCanonical = amends ? target : self,
                SourceClause = amends ? null : clause.Key,
                Type = reference.Relation,
                TargetCanonical = amends ? self : target,
                TargetClause = amends ? clause.Key : key,
                TargetEdition = amends ? null : reference.Target?.Amendment ?? reference.Target?.Edition,
                EffectiveOn = amends ? reference.Target?.Date : null,
                Origin = RelationOrigin.Text,
                Evidence = reference.Text,
                Position = reference.Start,
            };
        }
    }
}
