namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// The cell layout of a table: row boundaries top to bottom and, for each row band, the x boundaries of
/// its cells (so merged cells stay merged). Built from full borders, from horizontal rules alone, or
/// refined by the text: a band whose every line is split into cells holds one row per line.
/// </summary>
internal sealed class TableGrid
{
    private const double Tolerance = 2;

    private TableGrid(List<double> rows, List<double[]> cells)
    {
        Rows = rows;
        Cells = cells;
    }

    /// <summary>Row boundaries, top to bottom.</summary>
    public List<double> Rows { get; }

    /// <summary>For each row band, the x boundaries of its cells, left to right.</summary>
    public List<double[]> Cells { get; }

    public double Top => Rows[0];

    public double Bottom => Rows[^1];

    public double Left => Cells.Min(c => c[0]);

    public double Right => Cells.Max(c => c[^1]);

    public bool HasColumns => Cells.Any(c => c.Length > 2);

    /// <summary>A grid from crossing horizontal and vertical borders; null without at least two of each.</summary>
    public static TableGrid? FromBorders(IReadOnlyList<PdfRuling> group)
    {
        var vertical = group.Where(r => !r.Horizontal).ToList();
        var rows = Cluster(group.Where(r => r.Horizontal).Select(r => r.At)).OrderDescending().ToList();
        var columns = Cluster(vertical.Select(r => r.At));
        if (rows.Count < 2 || columns.Count < 2)
        {
            return null;
        }

        var cells = new List<double[]>();
        for (var i = 0; i < rows.Count - 1; i++)
        {
            var middle = (rows[i] + rows[i + 1]) / 2;
            cells.Add(columns
                .Where((x, k) => k == 0 || k == columns.Count - 1 || vertical.Any(v => Math.Abs(v.At - x) <= Tolerance && v.Start - Tolerance <= middle && v.End + Tolerance >= middle))
                .ToArray());
        }

        return new TableGrid(rows, cells);
    }

    /// <summary>
    /// A grid from a stack of horizontal rules of the same width. A band's cell boundaries are the breaks
    /// of the rules above and below it that cut no run of text in the band; without breaks, the columns
    /// the text lines up in.
    /// </summary>
    public static TableGrid FromRules(IReadOnlyList<RuleLine> stack, IReadOnlyList<PdfLine> lines)
    {
        var left = stack.Min(r => r.Left);
        var right = stack.Max(r => r.Right);
        var aligned = TextColumns.Boundaries(lines, left, right);
        var cells = new List<double[]>();
        for (var i = 0; i < stack.Count - 1; i++)
        {
            var top = stack[i].Y;
            var bottom = stack[i + 1].Y;
            var runs = lines.Where(l => l.Baseline <= top && l.Baseline > bottom).SelectMany(l => l.Runs).ToList();
            var breaks = Cluster(stack[i].Breaks.Concat(stack[i + 1].Breaks))
                .Where(x => !runs.Any(r => r.Left < x - Tolerance && r.Right > x + Tolerance))
                .ToList();
            cells.Add(breaks.Count > 0 ? [left, .. breaks, right] : aligned);
        }

        return new TableGrid(stack.Select(r => r.Y).ToList(), cells);
    }

    /// <summary>
    /// True when rules separate the rows: the grid has more than two bands. Each band is then one row, and a
    /// second line with text in several cells is the wrapped part of that row (a cell wrapped beside a
    /// wrapped first cell). A table ruled only at its top, under its header and at its bottom has at most
    /// two bands, and its body band holds all the rows.
    /// </summary>
    public bool RowsAreRuled => Cells.Count > 2;

    /// <summary>
    /// Splits a band that holds several table rows (no rule between them) at the lines that have text in
    /// the first cell and in another cell: each such line anchors a row, and the band is cut midway
    /// between anchors. A band with one anchor is one row whose cells wrap over several lines. A grid whose
    /// rows are ruled (<see cref="RowsAreRuled"/>) is returned whole. Limitation: two rows printed in one
    /// ruled band (a rule left out between them) are read as one row with two-line cells, and a table ruled
    /// only under its header whose single body row wraps is read as one row per line.
    /// </summary>
    public TableGrid SplitBands(IReadOnlyList<PdfLine> lines)
    {
        if (RowsAreRuled)
        {
            return this;
        }

        var rows = new List<double> { Rows[0] };
        var cells = new List<double[]>();
        for (var i = 0; i < Cells.Count; i++)
        {
            var bounds = Cells[i];
            var anchors = lines
                .Where(l => l.Baseline <= Rows[i] && l.Baseline > Rows[i + 1] && IsAnchor(l, bounds))
                .Select(l => l.Baseline)
                .OrderDescending()
                .ToList();
            for (var k = 0; k < anchors.Count - 1; k++)
            {
                rows.Add((anchors[k] + anchors[k + 1]) / 2);
                cells.Add(bounds);
            }

            rows.Add(Rows[i + 1]);
            cells.Add(bounds);
        }

        return new TableGrid(rows, cells);
    }

    private static bool IsAnchor(PdfLine line, double[] bounds)
    {
        if (bounds.Length < 3)
        {
            return false;
        }

        var first = false;
        var other = false;
        foreach (var word in line.Runs.SelectMany(r => r.Words))
        {
            var middle = (word.Left + word.Right) / 2;
            first |= middle >= bounds[0] && middle < bounds[1];
            other |= middle >= bounds[1] && middle < bounds[^1];
        }

        return first && other;
    }

    /// <summary>
    /// The (row, cell) holding a point; a point outside the grid goes to the nearest row and cell, so no word
    /// of a line the table claims is lost.
    /// </summary>
    public (int Row, int Cell) Locate(double x, double y)
    {
        var row = Cells.Count - 1;
        for (var i = 0; i < Cells.Count; i++)
        {
            if (y > Rows[i + 1])
            {
                row = i;
                break;
            }
        }

        var bounds = Cells[row];
        for (var k = 1; k < bounds.Length - 1; k++)
        {
            if (x < bounds[k])
            {
                return (row, k - 1);
            }
        }

        return (row, bounds.Length - 2);
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var value in values.Order())
        {
            if (result.Count == 0 || value - result[^1] > Tolerance)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
