using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Reads tables drawn with rulings: groups of crossing borders, and stacks of horizontal rules of the
/// same width (tables ruled between rows only). Every word of the lines inside is placed in one of the
/// grid's cells (none is dropped), a word a column boundary runs through cut there first
/// (<see cref="CellBoundaryCut"/>); the lines of a cell that wraps are joined into one cell text. A first
/// row of one cell spanning the whole table is its caption.
/// </summary>
internal static class RuledTableDetector
{
    private const double MinRuleLength = 30;
    private const double SameRow = 1.5;
    private const double SameExtent = 4;

    public static List<PdfTable> Detect(IReadOnlyList<PdfLine> lines, IReadOnlyList<PdfRuling> rulings)
    {
        var tables = new List<PdfTable>();
        if (rulings.Count < 2)
        {
            return tables;
        }

        var horizontal = new List<List<PdfRuling>>();
        foreach (var group in RulingGroups.Group(rulings))
        {
            if (group.All(r => r.Horizontal))
            {
                horizontal.Add(group);
            }
            else if (TableGrid.FromBorders(group) is { } grid && Read(grid, lines) is { } table)
            {
                tables.Add(table);
            }
        }

        foreach (var stack in Stacks(Rules(horizontal)))
        {
            var inside = Inside(lines, stack[0].Y, stack[^1].Y, stack.Min(r => r.Left), stack.Max(r => r.Right));
            if (Read(TableGrid.FromRules(stack, inside), lines) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static List<List<RuleLine>> Stacks(List<RuleLine> rules)
    {
        var stacks = new List<List<RuleLine>>();
        var free = rules.Where(r => r.Length >= MinRuleLength).OrderByDescending(r => r.Y).ToList();
        while (free.Count > 0)
        {
            var stack = new List<RuleLine> { free[0] };
            free.RemoveAt(0);
            for (var i = 0; i < free.Count; i++)
            {
                if (free[i].SameExtent(stack[0], SameExtent))
                {
                    stack.Add(free[i]);
                    free.RemoveAt(i--);
                }
            }

            if (stack.Count >= 2)
            {
                stacks.Add(stack);
            }
        }

        return stacks;
    }

    /// <summary>Rules at the same height side by side (a table printed in two halves) count as one rule.</summary>
    private static List<RuleLine> Rules(List<List<PdfRuling>> groups)
    {
        var rules = new List<RuleLine>();
        foreach (var row in groups.OrderByDescending(g => g[0].At))
        {
            if (rules.Count > 0 && Math.Abs(rules[^1].Y - row[0].At) <= SameRow)
            {
                rules[^1] = rules[^1].Join(RuleLine.From(row));
            }
            else
            {
                rules.Add(RuleLine.From(row));
            }
        }

        return rules;
    }

    private static List<PdfLine> Inside(IReadOnlyList<PdfLine> lines, double top, double bottom, double left, double right) =>
        lines.Where(l => l.Baseline < top && l.Baseline > bottom && l.Left < right && l.Right > left).ToList();

    private static PdfTable? Read(TableGrid bordered, IReadOnlyList<PdfLine> lines)
    {
        var inside = Inside(lines, bordered.Top, bordered.Bottom, bordered.Left, bordered.Right);
        if (inside.Count == 0 || !bordered.HasColumns)
        {
            return null;
        }

        var grid = bordered.SplitBands(inside);
        var cells = grid.Cells.Select(c => Enumerable.Range(0, c.Length - 1).Select(_ => new CellText()).ToArray()).ToArray();
        var size = inside.Min(l => l.FontSize);
        foreach (var word in inside.SelectMany(l => l.Runs).SelectMany(r => r.Words))
        {
            var (band, _) = grid.Locate((word.Left + word.Right) / 2, word.Baseline);
            foreach (var piece in CellBoundaryCut.Cut(word, grid.Cells[band], size))
            {
                var (row, cell) = grid.Locate((piece.Left + piece.Right) / 2, piece.Baseline);
                cells[row][cell].Add(piece);
            }
        }

        var rows = cells
            .Select(row => (IReadOnlyList<string>)row.Select(c => c.Read(size)).ToList())
            .Where(row => row.Any(c => c.Length > 0))
            .ToList();
        if (rows.Count(r => r.Count(c => c.Length > 0) > 1) == 0)
        {
            return null;
        }

        string? caption = null;
        if (rows.Count > 1 && rows[0].Count == 1 && rows.Skip(1).Any(r => r.Count > 1))
        {
            caption = rows[0][0];
            rows.RemoveAt(0);
        }

        return new PdfTable(new ClauseTable(caption, TableRows.DropEmptyColumns(rows)), inside);
    }
}
