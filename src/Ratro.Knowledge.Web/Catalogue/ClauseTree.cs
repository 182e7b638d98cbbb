using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// Nests an edition's clauses (stored flat, in reading order, with parent ids) into a tree. A clause whose parent is
/// missing becomes a top-level node. Anchors are the clauses' own (<see cref="Clause.Anchor"/>); should two clauses of
/// one edition share an anchor, the later ones get their position appended so ids stay unique.
/// </summary>
public static class ClauseTree
{
    public static IReadOnlyList<ClauseNode> Build(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var ordered = clauses.OrderBy(c => c.Ordinal).ToList();
        var ids = ordered.Select(c => c.Id).ToHashSet();
        var children = ordered.Where(c => c.ParentId is { } p && ids.Contains(p)).ToLookup(c => c.ParentId!.Value);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var anchors = ordered.ToDictionary(c => c.Id, c => used.Add(c.Anchor) ? c.Anchor : $"{c.Anchor}-{c.Ordinal}");

        ClauseNode Node(Clause clause) => new(clause, anchors[clause.Id], children[clause.Id].Select(Node).ToList());

        return ordered.Where(c => c.ParentId is not { } p || !ids.Contains(p)).Select(Node).ToList();
    }

    /// <summary>The node of a clause key, searched through the whole tree; null when the edition has no such clause.</summary>
    public static ClauseNode? Find(IReadOnlyList<ClauseNode> tree, string key) =>
        tree.SelectMany(n => n.Flatten()).FirstOrDefault(n => string.Equals(n.Clause.Key, key, StringComparison.Ordinal));
}
