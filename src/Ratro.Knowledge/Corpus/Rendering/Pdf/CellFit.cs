using PdfSharp.Drawing;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// The style a table cell is set in. Words are never broken inside a cell when they fit on a line of their
/// own: the column widths give every column its longest word where the table allows it. When a word is still
/// wider than its cell (too many columns for the page), the cell's font is made smaller, in half-point steps
/// down to <see cref="MinimumSize"/>, until the word fits; only a word too long even then is broken, with a
/// hyphen (<see cref="LineBreaker"/>).
/// </summary>
internal static class CellFit
{
    public const double MinimumSize = 6;

    public static TextStyle For(string text, TextStyle style, double width, XGraphics measure)
    {
        var widest = Widest(text, style.Font, measure);
        if (widest <= width + LineBreaker.Tolerance)
        {
            return style;
        }

        var size = style.Font.Size;
        while (size - 0.5 >= MinimumSize && widest > width + LineBreaker.Tolerance)
        {
            size -= 0.5;
            widest = Widest(text, style.WithSize(size).Font, measure);
        }

        return style.WithSize(size);
    }

    private static double Widest(string text, XFont font, XGraphics measure)
    {
        double widest = 0;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            widest = Math.Max(widest, measure.MeasureString(word, font).Width);
        }

        return widest;
    }
}
