using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Ratro.Knowledge.Documents;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace Ratro.Knowledge.Ingestion.Decoders.Markdown;

/// <summary>Converts a Markdig pipe table into rows of cell texts.</summary>
internal static class MarkdownTables
{
    public static ClauseTable Convert(MarkdownTable table)
    {
        var rows = new List<IReadOnlyList<string>>();
        var hasHeader = false;
        foreach (var row in table.OfType<TableRow>())
        {
            hasHeader |= row.IsHeader && rows.Count == 0;
            rows.Add(row.OfType<TableCell>()
                .Select(cell => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))))
                .ToList());
        }

        return new ClauseTable(null, rows, hasHeader);
    }
}
