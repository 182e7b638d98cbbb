namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Cuts a word that a table's column boundary runs through. Text set close to a cell's edge (or past it) can
/// come so near the text of the next cell that the two read as one word ("Non-IMRTIMRT", "mm1"); the boundary
/// then lies near a visible gap between two glyphs (<see cref="WordGap"/>), and the word is cut at the gap
/// nearest the boundary, within <see cref="ReachEm"/> of the font size. A word drawn over a boundary with no
/// such gap (one long word overflowing its cell) stays whole and goes to the cell that holds its middle.
/// </summary>
internal static class CellBoundaryCut
{
    public const double ReachEm = 1.0;

    public static IEnumerable<PdfWord> Cut(PdfWord word, IReadOnlyList<double> bounds, double fontSize)
    {
        var rest = word;
        for (var k = 1; k < bounds.Count - 1; k++)
        {
            var at = bounds[k];
            if (at <= rest.Left || at >= rest.Right || rest.Gaps is not { Count: > 0 } gaps)
            {
                continue;
            }

            var nearest = gaps.MinBy(g => Math.Abs(g.Middle - at));
            if (Math.Abs(nearest.Middle - at) > ReachEm * fontSize)
            {
                continue;
            }

            yield return new PdfWord(rest.Text[..nearest.Index], rest.Left, nearest.Start, rest.Baseline, Before(gaps, nearest));
            rest = new PdfWord(rest.Text[nearest.Index..], nearest.End, rest.Right, rest.Baseline, After(gaps, nearest));
        }

        yield return rest;
    }

    private static List<WordGap>? Before(IReadOnlyList<WordGap> gaps, WordGap cut)
    {
        var kept = gaps.Where(g => g.Index < cut.Index).ToList();
        return kept.Count > 0 ? kept : null;
    }

    private static List<WordGap>? After(IReadOnlyList<WordGap> gaps, WordGap cut)
    {
        var kept = gaps.Where(g => g.Index > cut.Index).Select(g => g with { Index = g.Index - cut.Index }).ToList();
        return kept.Count > 0 ? kept : null;
    }
}
