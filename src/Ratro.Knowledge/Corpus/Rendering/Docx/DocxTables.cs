using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>A pipe table as a Word table: "Table Grid" style, full text width, the first row a repeating bold header row.</summary>
internal static class DocxTables
{
    public static Table Create(ClauseTable source, int textWidth)
    {
        var columns = source.ColumnCount;
        var columnWidth = textWidth / Math.Max(1, columns);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { FirstRow = source.HasHeader, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = Twips(columnWidth) })));
        for (var r = 0; r < source.Rows.Count; r++)
        {
            var isHeader = source.HasHeader && r == 0;
            var row = new TableRow();
            if (isHeader)
            {
                row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
            }

            for (var c = 0; c < columns; c++)
            {
                var text = c < source.Rows[r].Count ? source.Rows[r][c] : "";
                var properties = new TableCellProperties(new TableCellWidth { Width = Twips(columnWidth), Type = TableWidthUnitValues.Dxa });
                if (isHeader)
                {
                    properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E8E8E8" });
                }

                row.Append(new TableCell(properties, new Paragraph(DocxRuns.Text(text, isHeader))));
            }

            table.Append(row);
        }

        return table;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
