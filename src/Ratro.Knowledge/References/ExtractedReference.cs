using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// One reference found in a text. <see cref="Target"/> is the referenced document, or null when the reference is to
/// the document it stands in (or, with <see cref="UnresolvedTarget"/> set, to a document named only by its title).
/// <see cref="TargetClauses"/> are clause keys (<see cref="ClauseKeys"/>), ranges expanded; empty for a document-level reference.
/// </summary>
public sealed record ExtractedReference
{
    /// <summary>Offset of the reference in the text.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>The reference as printed.</summary>
    public required string Text { get; init; }

    public Designation? Target { get; init; }

    public IReadOnlyList<string> TargetClauses { get; init; } = [];

    public ReferenceScope Scope { get; init; }

    /// <summary>
    /// <see cref="RelationType.Cites"/> by default; <see cref="RelationType.Amends"/> when the text is an editorial note that the
    /// target amended this place ("в ред. Федерального закона …": the target is the source of the amends edge);
    /// <see cref="RelationType.Supersedes"/> when this document replaces or repeals the target ("взамен", "признать утратившим силу").
    /// </summary>
    public RelationType Relation { get; init; } = RelationType.Cites;

    /// <summary>Words naming a document the extractor cannot identify ("Федерального закона "О персональных данных""); null otherwise.</summary>
    public string? UnresolvedTarget { get; init; }

    /// <summary>True when the reference is to the document it stands in.</summary>
    public bool IsSelf => Target is null && UnresolvedTarget is null;

    public int End => Start + Length;
}
