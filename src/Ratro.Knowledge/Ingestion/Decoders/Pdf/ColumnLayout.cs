namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Puts two-column pages in reading order. A gutter is a vertical band in the middle of the text that
/// almost no line crosses, with prose (lines filling their column) on both sides; lines that cross it
/// (a title over both columns) split the page into sections read top to bottom, each section left
/// column first. Up to three lines (or a tenth of them) may cross the gutter: titles, running headers
/// and footers, which are removed later. Limitations: three or more columns and columns of unequal starts are read row by row,
/// as the lines come.
/// </summary>
internal static class ColumnLayout
{
    private const int MinLinesPerColumn = 5;
    private const double Step = 2;
    private const double MinGutter = 6;
    private const double MaxCrossingShare = 0.1;
    private const int MaxCrossings = 3;

    public static List<PdfLine> Order(List<PdfLine> lines)
    {
        if (lines.Count < 2 * MinLinesPerColumn)
        {
            return lines;
        }

        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        if (FindGutter(lines, left, right) is not { } gutter || !IsProse(lines, left, gutter, right))
        {
            return lines;
        }

        var ordered = new List<PdfLine>(lines.Count + 8);
        var leftColumn = new List<PdfLine>();
        var rightColumn = new List<PdfLine>();
        foreach (var line in lines)
        {
            if (line.Runs.Any(r => Crosses(r, gutter)))
            {
                Flush(ordered, leftColumn, rightColumn);
                ordered.Add(line);
                continue;
            }

            var leftRuns = line.Runs.Where(r => r.Right <= gutter).ToList();
            var rightRuns = line.Runs.Where(r => r.Left >= gutter).ToList();
            if (leftRuns.Count > 0)
            {
                leftColumn.Add(new PdfLine(leftRuns, line.Baseline, column: 0));
            }

            if (rightRuns.Count > 0)
            {
                rightColumn.Add(new PdfLine(rightRuns, line.Baseline, column: 1));
            }
        }

        Flush(ordered, leftColumn, rightColumn);
        return ordered;
    }

    private static double? FindGutter(List<PdfLine> lines, double left, double right)
    {
        var width = right - left;
        var limit = Math.Max(MaxCrossings, (int)(MaxCrossingShare * lines.Count));
        double? bestStart = null;
        double bestLength = 0;
        double? start = null;
        for (var x = left + 0.3 * width; x <= left + 0.7 * width; x += Step)
        {
            var crossings = 0;
            foreach (var line in lines)
            {
                if (line.Left < x && line.Right > x && line.Runs.Any(r => Crosses(r, x)) && ++crossings > limit)
                {
                    break;
                }
            }

            if (crossings <= limit)
            {
                start ??= x;
                if (x - start.Value > bestLength || bestStart is null)
                {
                    bestStart = start;
                    bestLength = x - start.Value;
                }
            }
            else
            {
                start = null;
            }
        }

        return bestStart is { } s && bestLength + Step >= MinGutter ? s + bestLength / 2 : null;
    }

    private static bool IsProse(List<PdfLine> lines, double left, double gutter, double right)
    {
        var leftWidths = lines.SelectMany(l => l.Runs).Where(r => r.Right <= gutter).Select(r => r.Right - r.Left).Order().ToList();
        var rightWidths = lines.SelectMany(l => l.Runs).Where(r => r.Left >= gutter).Select(r => r.Right - r.Left).Order().ToList();
        return leftWidths.Count >= MinLinesPerColumn && rightWidths.Count >= MinLinesPerColumn
            && leftWidths[leftWidths.Count / 2] >= 0.5 * (gutter - left)
            && rightWidths[rightWidths.Count / 2] >= 0.5 * (right - gutter);
    }

    private static bool Crosses(PdfTextRun run, double x) => run.Left < x - 1 && run.Right > x + 1;

    private static void Flush(List<PdfLine> ordered, List<PdfLine> leftColumn, List<PdfLine> rightColumn)
    {
        ordered.AddRange(leftColumn);
        ordered.AddRange(rightColumn);
        leftColumn.Clear();
        rightColumn.Clear();
    }
}
