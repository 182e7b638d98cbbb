using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// A relation read from a preface, a header or a designation, before it becomes a <see cref="DocumentRelation"/>:
/// "<see cref="SourceCanonical"/> <see cref="Type"/> <see cref="TargetCanonical"/>".
/// </summary>
public sealed record FoundRelation
{
    public required string SourceCanonical { get; init; }

    public required RelationType Type { get; init; }

    public required string TargetCanonical { get; init; }

    /// <summary>An edition or amendment marker of the target ("Rev. 1", "AMD1:2014"); null when none.</summary>
    public string? TargetEdition { get; init; }

    public CorrespondenceDegree? Degree { get; init; }

    /// <summary>True for "взамен … в части …": the source replaces only part of the target.</summary>
    public bool Partial { get; init; }

    /// <summary>
    /// The date of the source act when the text states it. Federal law numbers restart every year (the amendment list of
    /// 152-ФЗ holds 266-ФЗ of 25.11.2009 and 266-ФЗ of 14.07.2022), so the date tells such acts apart.
    /// </summary>
    public DateOnly? SourceDate { get; init; }

    public required RelationOrigin Origin { get; init; }

    /// <summary>The text the relation was read from, as printed.</summary>
    public required string Evidence { get; init; }

    /// <summary>Offset of <see cref="Evidence"/> in the text (-1 when read from the designation itself).</summary>
    public required int Position { get; init; }
}
