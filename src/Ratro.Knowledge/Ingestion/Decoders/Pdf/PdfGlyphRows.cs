namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>Groups glyphs sorted top to bottom into rows, then folds superscript and subscript rows into their lines.</summary>
internal static class PdfGlyphRows
{
    public static List<PdfGlyphRow> Group(List<PdfGlyph> sorted, double sameBaselineEm)
    {
        var rows = new List<PdfGlyphRow>();
        PdfGlyphRow? row = null;
        double reference = 0, referenceSize = 0;
        foreach (var glyph in sorted)
        {
            if (row is null || glyph.Baseline < reference - sameBaselineEm * Math.Max(glyph.Size, referenceSize))
            {
                row = new PdfGlyphRow();
                rows.Add(row);
                reference = glyph.Baseline;
                referenceSize = glyph.Size;
            }

            row.Add(glyph);
        }

        foreach (var r in rows)
        {
            r.Measure();
        }

        return rows;
    }

    /// <summary>
    /// Merges a row of smaller glyphs into the adjacent row when it sits within <paramref name="reachEm"/>
    /// of that row's font size and overlaps it horizontally: "m²", "40K", "wT", a footnote marker.
    /// </summary>
    public static void MergeScripts(List<PdfGlyphRow> rows, double sizeRatio, double reachEm)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var target = Host(rows, i, i + 1, sizeRatio, reachEm) ?? Host(rows, i, i - 1, sizeRatio, reachEm);
            if (target is null)
            {
                continue;
            }

            target.AddRange(row);
            rows.RemoveAt(i);
            i--;
        }
    }

    private static PdfGlyphRow? Host(List<PdfGlyphRow> rows, int index, int candidate, double sizeRatio, double reachEm)
    {
        if (candidate < 0 || candidate >= rows.Count)
        {
            return null;
        }

        var row = rows[index];
        var host = rows[candidate];
        var close = Math.Abs(host.Baseline - row.Baseline) <= reachEm * host.Size;
        var smaller = row.Size <= sizeRatio * host.Size;
        var overlaps = row.Left <= host.Right + host.Size && row.Right >= host.Left - host.Size;
        return close && smaller && overlaps ? host : null;
    }
}
