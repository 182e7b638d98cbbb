namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// The document's body text: the font size most characters are set in and the usual distance between
/// the baselines of consecutive body lines. Headings, footnotes and paragraph breaks are judged against it.
/// </summary>
internal sealed record PdfBodyStyle(double FontSize, double LinePitch)
{
    public static PdfBodyStyle Measure(IReadOnlyList<PdfPageContent> pages)
    {
        var sizes = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            var key = Math.Round(line.FontSize * 2) / 2;
            sizes[key] = sizes.GetValueOrDefault(key) + line.Text.Length;
        }

        if (sizes.Count == 0)
        {
            return new PdfBodyStyle(12, 14);
        }

        var size = sizes.MaxBy(p => p.Value).Key;
        var pitches = new Dictionary<double, int>();
        foreach (var page in pages)
        {
            PdfLine? previous = null;
            foreach (var line in page.Lines)
            {
                if (previous is not null && previous.Column == line.Column && IsBody(previous, size) && IsBody(line, size))
                {
                    var delta = previous.Baseline - line.Baseline;
                    if (delta > 0.9 * size && delta < 2 * size)
                    {
                        var key = Math.Round(delta * 2) / 2;
                        pitches[key] = pitches.GetValueOrDefault(key) + 1;
                    }
                }

                previous = line;
            }
        }

        return new PdfBodyStyle(size, pitches.Count == 0 ? 1.2 * size : pitches.MaxBy(p => p.Value).Key);
    }

    /// <summary>The usual baseline distance for text of <paramref name="size"/>.</summary>
    public double PitchFor(double size) => LinePitch * size / FontSize;

    private static bool IsBody(PdfLine line, double size) => Math.Abs(line.FontSize - size) < 0.6;
}
