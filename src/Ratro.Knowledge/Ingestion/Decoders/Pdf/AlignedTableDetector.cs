using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Reads borderless tables: at least <see cref="MinRows"/> consecutive lines split into several runs whose
/// horizontal extents line up in at least <see cref="MinColumns"/> columns. Two-column layouts ("I –"
/// then text at a tab stop) are left as text on purpose: they are usually lists. Limitation: a cell
/// wrapped over several lines becomes several rows.
/// </summary>
internal static class AlignedTableDetector
{
    private const int MinRows = 3;
    private const int MinColumns = 3;
    private const double MaxRowGapEm = 2.6;

    public static List<PdfTable> Detect(IReadOnlyList<PdfLine> lines)
    {
        var tables = new List<PdfTable>();
        var start = 0;
        while (start < lines.Count)
        {
            var end = start;
            while (end < lines.Count && lines[end].Runs.Count >= 2 && (end == start || Follows(lines[end - 1], lines[end])))
            {
                end++;
            }

            if (end - start >= MinRows && Read(lines.Skip(start).Take(end - start).ToList()) is { } table)
            {
                tables.Add(table);
            }

            start = Math.Max(end, start + 1);
        }

        return tables;
    }

    private static bool Follows(PdfLine above, PdfLine below) =>
        above.Column == below.Column
        && above.Baseline > below.Baseline
        && above.Baseline - below.Baseline <= MaxRowGapEm * Math.Max(above.FontSize, below.FontSize);

    private static PdfTable? Read(List<PdfLine> rows)
    {
        var spans = TextColumns.Spans(rows.SelectMany(l => l.Runs));
        if (spans.Count < MinColumns)
        {
            return null;
        }

        var cells = new List<IReadOnlyList<string>>();
        foreach (var line in rows)
        {
            var row = new string[spans.Count];
            Array.Fill(row, "");
            foreach (var run in line.Runs)
            {
                var index = spans.FindIndex(s => run.Left >= s.Left - 0.01 && run.Right <= s.Right + 0.01);
                row[index] = row[index].Length == 0 ? run.Text : row[index] + " " + run.Text;
            }

            cells.Add(row);
        }

        return new PdfTable(new ClauseTable(null, cells), rows);
    }
}
