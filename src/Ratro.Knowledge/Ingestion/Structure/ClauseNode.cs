using System.Text;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Structure;

/// <summary>A clause under construction: the entity plus what the builder needs to nest and fill it.</summary>
internal sealed class ClauseNode(Clause clause, ClauseNode? parent, int? headingLevel)
{
    public Clause Clause { get; } = clause;

    public ClauseNode? Parent { get; } = parent;

    /// <summary>Heading level of the block that opened the node, when it was a heading.</summary>
    public int? HeadingLevel { get; } = headingLevel;

    public StringBuilder Text { get; } = new();

    public void Append(string text, int? page, int? pageEnd)
    {
        if (Text.Length > 0)
        {
            Text.Append('\n');
        }

        Text.Append(text);
        Cover(page, pageEnd);
    }

    public void Cover(int? page, int? pageEnd)
    {
        if (page is null)
        {
            return;
        }

        Clause.PageStart ??= page;
        var end = Math.Max(pageEnd ?? page.Value, page.Value);
        Clause.PageEnd = Clause.PageEnd is null ? end : Math.Max(Clause.PageEnd.Value, end);
    }
}
