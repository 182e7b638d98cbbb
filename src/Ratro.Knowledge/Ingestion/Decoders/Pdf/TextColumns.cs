namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>Column boundaries where no run of text crosses: midway between the unions of overlapping run extents.</summary>
internal static class TextColumns
{
    public static double[] Boundaries(IEnumerable<PdfLine> lines, double left, double right)
    {
        var spans = Spans(lines.SelectMany(l => l.Runs));
        var boundaries = new List<double> { left };
        for (var i = 0; i < spans.Count - 1; i++)
        {
            boundaries.Add((spans[i].Right + spans[i + 1].Left) / 2);
        }

        boundaries.Add(right);
        return [.. boundaries];
    }

    /// <summary>Unions of overlapping run extents, left to right.</summary>
    public static List<(double Left, double Right)> Spans(IEnumerable<PdfTextRun> runs)
    {
        var spans = new List<(double Left, double Right)>();
        foreach (var run in runs.OrderBy(r => r.Left))
        {
            if (spans.Count > 0 && run.Left <= spans[^1].Right)
            {
                spans[^1] = (spans[^1].Left, Math.Max(spans[^1].Right, run.Right));
            }
            else
            {
                spans.Add((run.Left, run.Right));
            }
        }

        return spans;
    }
}
