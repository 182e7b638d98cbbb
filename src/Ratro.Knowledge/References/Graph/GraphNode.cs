using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// A node of the reference graph: a held document (one of its editions, with the keys all its editions answer to) or a
/// stub — a designation that relations name but no held document answers to.
/// </summary>
public sealed record GraphNode
{
    private GraphNode(HeldDocument? document, RelationEnd? stub, IReadOnlyList<string> keys)
    {
        Document = document;
        Stub = stub;
        Keys = keys;
    }

    public HeldDocument? Document { get; }

    public RelationEnd? Stub { get; }

    /// <summary>The relation end keys that may mean this node (confirmed by resolution before use).</summary>
    public IReadOnlyList<string> Keys { get; }

    public bool IsHeld => Document is not null;

    public string Canonical => Document?.Canonical ?? Stub!.Display;

    public static GraphNode Held(HeldDocument document, IEnumerable<HeldDocument> editions)
    {
        var keys = editions.Append(document)
            .SelectMany(e => DesignationKeys.NamesOf(e.Canonical, e.Designation, e.Aliases).Select(n => n.Key).Append(e.WorkKey))
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new GraphNode(document, null, keys);
    }

    public static GraphNode Unheld(RelationEnd stub) => new(null, stub, [stub.Key]);

    /// <summary>True when a relation end, as resolved, is this node.</summary>
    public bool Matches(RelationEnd end, Resolution resolution) =>
        Document is { } document
            ? resolution.Reaches(document)
            : !resolution.IsResolved && end.Key == Stub!.Key
                && (Stub.ActDate is null || end.ActDate == Stub.ActDate)
                && (Stub.Edition is null || string.Equals(end.Edition, Stub.Edition, StringComparison.OrdinalIgnoreCase));
}
