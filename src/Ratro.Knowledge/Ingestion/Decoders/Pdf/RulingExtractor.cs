using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Finds horizontal and vertical lines among a page's drawn paths: stroked line segments and rectangle
/// edges, and thin filled rectangles (how word processors draw table borders). Curves and clipping
/// paths are ignored.
/// </summary>
internal static class RulingExtractor
{
    private const double Thin = 3;
    private const double MinLength = 4;
    private const double Straight = 1;

    public static List<PdfRuling> Extract(Page page, ReadingFrame frame)
    {
        var rulings = new List<PdfRuling>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    AddStroked(subpath, frame, rulings);
                }
                else if (subpath.GetBoundingRectangle() is { } box && (box.Width <= Thin || box.Height <= Thin))
                {
                    var (x1, y1) = frame.Map(box.Left, box.Bottom);
                    var (x2, y2) = frame.Map(box.Right, box.Top);
                    Add(x1, y1, x2, y2, rulings, fromBox: true);
                }
            }
        }

        return rulings;
    }

    private static void AddStroked(PdfSubpath subpath, ReadingFrame frame, List<PdfRuling> rulings)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, frame, rulings);
                    start ??= line.From;
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, frame, rulings);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, ReadingFrame frame, List<PdfRuling> rulings)
    {
        var (x1, y1) = frame.Map(from.X, from.Y);
        var (x2, y2) = frame.Map(to.X, to.Y);
        Add(x1, y1, x2, y2, rulings, fromBox: false);
    }

    private static void Add(double x1, double y1, double x2, double y2, List<PdfRuling> rulings, bool fromBox)
    {
        var width = Math.Abs(x2 - x1);
        var height = Math.Abs(y2 - y1);
        var flat = fromBox ? height <= Thin : height <= Straight;
        var upright = fromBox ? width <= Thin : width <= Straight;
        if (flat && width >= MinLength)
        {
            rulings.Add(new PdfRuling(true, (y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2)));
        }
        else if (upright && height >= MinLength)
        {
            rulings.Add(new PdfRuling(false, (x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2)));
        }
    }
}
