using DocumentFormat.OpenXml.Wordprocessing;
using Ratro.Knowledge.Documents;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Reads a Word table as rows of cell texts aligned to the table grid. A cell spanning columns (w:gridSpan)
/// gives its text to the first column and empty strings to the others, so columns stay aligned; a cell
/// continuing a vertical merge (w:vMerge) repeats the text of the cell that started it, so every row reads
/// complete; w:gridBefore/w:gridAfter leave empty columns. The first row is the header when it is marked
/// as a repeating header row (w:tblHeader) or the table has more than one row.
/// </summary>
internal static class DocxTableReader
{
    /// <summary>
    /// True for a table used for layout: no row has more than one cell with text (ConsultantPlus frames its
    /// notes and cover this way). Its paragraphs are read as ordinary paragraphs.
    /// </summary>
    public static bool IsLayout(Table table) =>
        table.Elements<TableRow>().All(row => row.Elements<TableCell>().Count(HasText) <= 1);

    public static ClauseTable Read(Table table, Func<TableCell, string> cellText)
    {
        var rows = new List<IReadOnlyList<string>>();
        var merged = new Dictionary<int, string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            Pad(cells, row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in row.Elements<TableCell>())
            {
                var column = cells.Count;
                var text = cellText(cell);
                var properties = cell.TableCellProperties;
                var vertical = properties?.VerticalMerge;
                if (vertical is not null && vertical.Val?.InnerText != "restart")
                {
                    text = merged.GetValueOrDefault(column, text);
                }
                else if (vertical is not null)
                {
                    merged[column] = text;
                }
                else
                {
                    merged.Remove(column);
                }

                cells.Add(text);
                Pad(cells, (properties?.GridSpan?.Val?.Value ?? 1) - 1);
            }

            Pad(cells, row.TableRowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
            rows.Add(cells);
        }

        var first = table.Elements<TableRow>().FirstOrDefault();
        var markedHeader = first?.TableRowProperties?.GetFirstChild<TableHeader>() is { } header && header.Val?.InnerText is not ("0" or "false" or "off");
        return new ClauseTable(null, rows, markedHeader || rows.Count > 1);
    }

    private static bool HasText(TableCell cell) => cell.Descendants<WordText>().Any(t => !string.IsNullOrWhiteSpace(t.Text));

    private static void Pad(List<string> cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            cells.Add("");
        }
    }
}
