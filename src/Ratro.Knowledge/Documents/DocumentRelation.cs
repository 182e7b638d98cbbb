namespace Ratro.Knowledge.Documents;

/// <summary>
/// A typed edge of the reference graph between two documents named by canonical designation, optionally
/// down to clauses: "<see cref="SourceCanonical"/> (clause <see cref="SourceClause"/>) <see cref="Type"/>
/// <see cref="TargetCanonical"/> (clause <see cref="TargetClause"/>)". Either end may be a document that is not
/// held (a known stub); it resolves when a document with that canonical key arrives.
/// Every edge is asserted by one held edition (<see cref="EvidenceDocumentId"/>): the document whose text,
/// preface or metadata stated it, or that an editor attached it to. Deleting that edition deletes its edges.
/// </summary>
public sealed class DocumentRelation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The held edition whose content asserts this relation.</summary>
    public Guid EvidenceDocumentId { get; set; }

    /// <summary>Canonical designation of the source, as referenced (a dated designation pins an edition).</summary>
    public string SourceCanonical { get; set; } = "";

    /// <summary>Lookup key of <see cref="SourceCanonical"/> (see <c>DesignationKeys.Key</c>); set by the store.</summary>
    public string SourceKey { get; set; } = "";

    /// <summary>Key of the source clause the relation stands in (see <see cref="ClauseKeys"/>); null for document level.</summary>
    public string? SourceClause { get; set; }

    public RelationType Type { get; set; }

    /// <summary>Canonical designation of the target, as referenced: dated pins an edition, undated means the latest.</summary>
    public string TargetCanonical { get; set; } = "";

    /// <summary>Lookup key of <see cref="TargetCanonical"/> (see <c>DesignationKeys.Key</c>); set by the store.</summary>
    public string TargetKey { get; set; } = "";

    /// <summary>An edition or amendment marker the reference adds ("AMD1:2014", "Rev. 1"); null when none.</summary>
    public string? TargetEdition { get; set; }

    /// <summary>Key of the target clause; null for document level.</summary>
    public string? TargetClause { get; set; }

    public CorrespondenceDegree? Degree { get; set; }

    /// <summary>True for "взамен в части": the source replaces only part of the target.</summary>
    public bool Partial { get; set; }

    /// <summary>
    /// The day the relation takes effect (e.g. when a supersession starts). For an amends edge read from an amendment list
    /// or an editorial note, the date of the amending act: federal-law numbers restart every year, so the date tells
    /// "266-ФЗ of 25.11.2009" from "266-ФЗ of 14.07.2022".
    /// </summary>
    public DateOnly? EffectiveOn { get; set; }

    public RelationOrigin Origin { get; set; }

    /// <summary>The text the relation was found in, as printed.</summary>
    public string? Evidence { get; set; }

    /// <summary>Character offset of the evidence in the text of <see cref="SourceClause"/> (or the document), when extracted.</summary>
    public int? Position { get; set; }
}
