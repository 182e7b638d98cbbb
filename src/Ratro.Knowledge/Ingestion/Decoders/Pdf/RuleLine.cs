namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// A horizontal rule made of collinear segments. Word processors draw a table border cell by cell, so
/// the points where one segment ends and the next begins (<see cref="Breaks"/>) are column boundaries.
/// </summary>
internal sealed record RuleLine(double Y, double Left, double Right, IReadOnlyList<double> Breaks)
{
    private const double Tolerance = 2;

    public double Length => Right - Left;

    public static RuleLine From(IReadOnlyList<PdfRuling> segments)
    {
        var left = segments.Min(s => s.Start);
        var right = segments.Max(s => s.End);
        var breaks = new List<double>();
        foreach (var point in segments.SelectMany(s => new[] { s.Start, s.End }).Order())
        {
            if (point - left > Tolerance && right - point > Tolerance && (breaks.Count == 0 || point - breaks[^1] > Tolerance))
            {
                breaks.Add(point);
            }
        }

        return new RuleLine(segments.Average(s => s.At), left, right, breaks);
    }

    /// <summary>This rule and one beside it at the same height; the gap between them becomes a break.</summary>
    public RuleLine Join(RuleLine other)
    {
        var (first, second) = Left <= other.Left ? (this, other) : (other, this);
        IReadOnlyList<double> breaks = [.. first.Breaks, first.Right, second.Left, .. second.Breaks];
        return new RuleLine((Y + other.Y) / 2, first.Left, Math.Max(first.Right, second.Right), breaks);
    }

    public bool SameExtent(RuleLine other, double tolerance) =>
        Math.Abs(Left - other.Left) <= tolerance && Math.Abs(Right - other.Right) <= tolerance;

    /// <summary>Breaks found in both rules: the boundaries of the cells of the row between them.</summary>
    public IEnumerable<double> SharedBreaks(RuleLine below) =>
        Breaks.Where(b => below.Breaks.Any(o => Math.Abs(o - b) <= Tolerance));
}
