using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>A clause with the clauses under it, and the HTML id it carries on the page (unique within the page).</summary>
public sealed record ClauseNode(Clause Clause, string Anchor, IReadOnlyList<ClauseNode> Children)
{
    /// <summary>This node and every node under it, in reading order.</summary>
    public IEnumerable<ClauseNode> Flatten() => Children.SelectMany(c => c.Flatten()).Prepend(this);
}
