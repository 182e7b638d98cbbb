namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// The document's body text: the font size most characters are set in, the usual distance between the
/// baselines of consecutive body lines, and the distance between paragraphs when the document sets its
/// paragraphs apart with extra space. Headings, footnotes and paragraph breaks are judged against it.
/// </summary>
/// <param name="FontSize">The body font size.</param>
/// <param name="LinePitch">The most frequent baseline distance of consecutive body lines.</param>
/// <param name="ParagraphPitch">
/// The most frequent baseline distance clearly wider than <paramref name="LinePitch"/> (by a quarter of the font
/// size at least) among consecutive body lines, when the document has enough of them to show a habit of
/// spacing paragraphs apart; null otherwise.
/// </param>
internal sealed record PdfBodyStyle(double FontSize, double LinePitch, double? ParagraphPitch = null)
{
    /// <summary>A baseline distance this many times the line pitch always separates paragraphs.</summary>
    public const double GapFactor = 1.45;

    private const double SpacedEm = 0.25;
    private const int MinSpacedGaps = 3;
    private const double MinSpacedShare = 0.05;

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
        var pitches = Pitches(pages, size);
        if (pitches.Count == 0)
        {
            return new PdfBodyStyle(size, 1.2 * size);
        }

        var pitch = pitches.MaxBy(p => p.Value).Key;
        var spaced = pitches.Where(p => p.Key >= pitch + (SpacedEm * size)).ToList();
        var paragraph = spaced.Count == 0 ? (KeyValuePair<double, int>?)null : spaced.MaxBy(p => p.Value);
        var enough = paragraph is { } p && p.Value >= MinSpacedGaps && p.Value >= MinSpacedShare * pitches.Values.Sum();
        return new PdfBodyStyle(size, pitch, enough ? paragraph!.Value.Key : null);
    }

    /// <summary>The usual baseline distance for text of <paramref name="size"/>.</summary>
    public double PitchFor(double size) => LinePitch * size / FontSize;

    /// <summary>
    /// The baseline distance from which two lines of text of <paramref name="size"/> belong to different
    /// paragraphs: midway between the line pitch and the paragraph pitch when the document spaces its
    /// paragraphs, <see cref="GapFactor"/> times the line pitch at most.
    /// </summary>
    public double BreakFor(double size)
    {
        var limit = GapFactor * LinePitch;
        if (ParagraphPitch is { } paragraph)
        {
            limit = Math.Min(limit, (LinePitch + paragraph) / 2);
        }

        return limit * size / FontSize;
    }

    /// <summary>How often each baseline distance (to half a point) separates consecutive body lines of one column.</summary>
    private static Dictionary<double, int> Pitches(IReadOnlyList<PdfPageContent> pages, double size)
    {
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

        return pitches;
    }

    private static bool IsBody(PdfLine line, double size) => Math.Abs(line.FontSize - size) < 0.6;
}
