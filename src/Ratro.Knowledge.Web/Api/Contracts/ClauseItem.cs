using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A clause with its text, pages, tables, footnotes, its page and anchor URLs, and the clauses under it.</summary>
public sealed record ClauseItem(
    string Key,
    string Number,
    string Kind,
    string? Heading,
    string Text,
    int? PageStart,
    int? PageEnd,
    string Anchor,
    string? Url,
    IReadOnlyList<ClauseTable> Tables,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<ClauseItem> Children)
{
    public static ClauseItem From(ClauseNode node, DocumentView view)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(view);
        var c = node.Clause;
        return new ClauseItem(
            c.Key, c.Number, EnumNames.ToName(c.Kind), c.Heading, c.Text, c.PageStart, c.PageEnd, node.Anchor,
            c.Key.Length > 0 ? DocumentLinks.Clause(view.Slug, c.Key, view.EditionParameter) : null,
            c.Tables, c.Footnotes, node.Children.Select(n => From(n, view)).ToList());
    }
}
