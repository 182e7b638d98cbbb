namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// The text frame of one column of a page: the left margin most body lines start at, the right edge
/// body lines reach, and whether the text is justified (most lines end at the right edge).
/// </summary>
internal sealed record ColumnFrame(double Left, double Right, bool Justified)
{
    private const double Edge = 3;

    public double Width => Right - Left;

    public static ColumnFrame Measure(IEnumerable<PdfLine> lines, PdfBodyStyle style)
    {
        var body = lines.Where(l => Math.Abs(l.FontSize - style.FontSize) < 0.6).ToList();
        if (body.Count == 0)
        {
            body = lines.ToList();
        }

        if (body.Count == 0)
        {
            return new ColumnFrame(0, 0, false);
        }

        var left = body.GroupBy(l => Math.Round(l.Left)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var right = body.Max(l => l.Right);
        var atEdge = body.Count(l => l.Right >= right - Edge);
        return new ColumnFrame(left, right, body.Count >= 3 && atEdge >= 0.4 * body.Count);
    }

    /// <summary>True when the line stops clearly short of the right edge, so its paragraph (most likely) ends with it.</summary>
    public bool IsShort(PdfLine line) =>
        Justified ? line.Right < Right - line.FontSize : line.Right < Left + 0.6 * Width;

    /// <summary>True when the line starts clearly right of the left margin (a first-line indent or a centred line).</summary>
    public bool IsIndented(PdfLine line) => line.Left > Left + line.FontSize;
}
