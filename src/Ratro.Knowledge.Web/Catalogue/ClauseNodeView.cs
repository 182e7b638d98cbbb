namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>A clause node with the page it is rendered on, for the recursive clause partial.</summary>
public sealed record ClauseNodeView(ClauseNode Node, DocumentView Document)
{
    /// <summary>Clause headings are page headings: h3 at the top level, one deeper per level, h6 at most.</summary>
    public int HeadingLevel => Math.Min(3 + Node.Clause.Depth, 6);

    public string Language => Document.Edition.Language;
}
