using PdfSharp.Drawing;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Draws a table as a ruled grid across the text width: columns sized by their content, cell text wrapped
/// between words (see <see cref="CellFit"/> for words wider than their cell), the header row shaded and
/// repeated at the top of every page the table continues on.
/// </summary>
internal sealed class PdfTableWriter(PdfPageCursor cursor, PdfTheme theme, XGraphics measure)
{
    private const double Padding = 3;
    private static readonly XPen Rule = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(232, 232, 232));

    public void Write(ClauseTable table)
    {
        var columns = table.ColumnCount;
        if (columns == 0)
        {
            return;
        }

        var rows = table.Rows.Select(r => Enumerable.Range(0, columns).Select(i => i < r.Count ? r[i] : "").ToList()).ToList();
        var widths = new PdfColumnWidths(measure, theme.Cell, theme.HeaderCell, Padding).For(rows, table.HasHeader, PdfTheme.ContentWidth);
        var laidOut = rows.Select((row, index) => LayOut(row, widths, table.HasHeader && index == 0)).ToList();
        var header = table.HasHeader ? laidOut[0] : null;
        for (var i = 0; i < laidOut.Count; i++)
        {
            var row = laidOut[i];
            var needed = row.Height + (row == header && laidOut.Count > 1 ? laidOut[1].Height : 0);
            var wasTop = cursor.AtTop;
            cursor.Ensure(needed, []);
            if (header is not null && row != header && cursor.AtTop && !wasTop)
            {
                Draw(header, widths);
            }

            Draw(row, widths);
        }
    }

    private PdfTableRow LayOut(IReadOnlyList<string> cells, double[] widths, bool isHeader)
    {
        var style = isHeader ? theme.HeaderCell : theme.Cell;
        var styles = cells.Select((text, c) => CellFit.For(text, style, widths[c] - (2 * Padding), measure)).ToList();
        var lines = cells.Select((text, c) => LineBreaker.Break(text, styles[c], widths[c] - (2 * Padding), measure)).ToList();
        var height = lines.Select((l, c) => Math.Max(1, l.Count) * styles[c].LineHeight).Max() + (2 * Padding);
        return new PdfTableRow(lines, styles, height, isHeader);
    }

    private void Draw(PdfTableRow row, double[] widths)
    {
        var graphics = cursor.Graphics;
        var x = PdfTheme.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            if (row.IsHeader)
            {
                graphics.DrawRectangle(Rule, HeaderFill, x, cursor.Y, widths[c], row.Height);
            }
            else
            {
                graphics.DrawRectangle(Rule, x, cursor.Y, widths[c], row.Height);
            }

            var y = cursor.Y + Padding;
            var style = row.Styles[c];
            foreach (var line in row.Cells[c])
            {
                LineDrawer.Draw(graphics, line, style, x + Padding, y + style.Ascent);
                y += style.LineHeight;
            }

            x += widths[c];
        }

        cursor.Y += row.Height;
    }
}
