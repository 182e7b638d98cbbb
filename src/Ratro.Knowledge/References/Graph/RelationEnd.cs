using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// One end of a relation as referenced: the designation as written, its lookup key, the edition it pins and — for an
/// amending act named in an amendment list — the act's date, which tells apart federal laws whose numbers restart yearly.
/// </summary>
public sealed record RelationEnd(string Canonical, string Key, string? Edition, DateOnly? ActDate)
{
    /// <summary>The canonical designation to show (the parser's canonical form of what was written).</summary>
    public string Display => DesignationKeys.Display(Canonical);

    /// <summary>True when the reference means the latest edition of a work rather than one edition.</summary>
    public bool IsUndated => Edition is null && DesignationKeys.IsUndated(Canonical);

    public static RelationEnd SourceOf(DocumentRelation r) =>
        new(r.SourceCanonical, KeyOf(r.SourceKey, r.SourceCanonical), null, r.Type == RelationType.Amends ? r.EffectiveOn : null);

    public static RelationEnd TargetOf(DocumentRelation r) => new(r.TargetCanonical, KeyOf(r.TargetKey, r.TargetCanonical), r.TargetEdition, null);

    /// <summary>The end a person names by typing a designation that no held document answers to.</summary>
    public static RelationEnd Named(string designation) =>
        new(DesignationKeys.Display(designation), DesignationKeys.Key(designation), DesignationKeys.EditionOf(designation), DesignationKeys.Parse(designation)?.Date);

    private static string KeyOf(string stored, string canonical) => stored.Length > 0 ? stored : DesignationKeys.Key(canonical);
}
