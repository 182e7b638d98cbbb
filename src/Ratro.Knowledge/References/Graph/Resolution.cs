namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// Where a relation end points: a held edition, or nothing (a stub, referenced but not held). <see cref="Pinned"/> is true
/// when the reference names that very edition (an edition marker, or a document referring to its own text), false when it
/// means the document in whatever edition is current.
/// </summary>
public sealed record Resolution(HeldDocument? Document, bool Pinned)
{
    public static Resolution Stub { get; } = new(null, false);

    public bool IsResolved => Document is not null;

    /// <summary>True when this resolution lands on <paramref name="document"/>'s document (any edition, unless pinned to another).</summary>
    public bool Reaches(HeldDocument document) =>
        Document is { } d && d.Canonical == document.Canonical && (!Pinned || d.Id == document.Id);
}
