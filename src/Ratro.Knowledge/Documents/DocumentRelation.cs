namespace Ratro.Knowledge.Documents;

/// <summary>
/// A typed, sourced relation from an edition (optionally one of its clauses) to another document by its
/// canonical designation (optionally a clause of it). The target need not be held: an unresolved target is
/// a known stub that resolves when a document with that canonical key arrives.
/// </summary>
public sealed class DocumentRelation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SourceDocumentId { get; set; }

    /// <summary>Key of the clause the relation stands in (see <see cref="ClauseKeys"/>); null for document level.</summary>
    public string? SourceClause { get; set; }

    public RelationType Type { get; set; }

    /// <summary>Canonical designation of the target, without edition ("IEC 60601-2-1").</summary>
    public string TargetCanonical { get; set; } = "";

    /// <summary>The edition the reference pins ("2009", "AMD1:2014"); null means the latest edition.</summary>
    public string? TargetEdition { get; set; }

    /// <summary>Key of the target clause; null for document level.</summary>
    public string? TargetClause { get; set; }

    public CorrespondenceDegree? Degree { get; set; }

    /// <summary>True for "взамен в части": the source replaces only part of the target.</summary>
    public bool Partial { get; set; }

    /// <summary>The day the relation takes effect (e.g. when a supersession starts).</summary>
    public DateOnly? EffectiveOn { get; set; }

    public RelationOrigin Origin { get; set; }

    /// <summary>The text the relation was found in, as printed.</summary>
    public string? Evidence { get; set; }

    /// <summary>Character offset of the evidence in the source clause text, when extracted from text.</summary>
    public int? Position { get; set; }
}
