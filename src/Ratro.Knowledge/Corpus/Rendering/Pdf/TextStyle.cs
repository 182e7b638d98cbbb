using PdfSharp.Drawing;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>A text font with the smaller font of its footnote marks and the line height both give.</summary>
internal sealed record TextStyle(XFont Font, XFont MarkFont)
{
    public double LineHeight => Font.Size * 1.3;

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public double Ascent => Font.Size * 1.02;

    /// <summary>How far a footnote mark sits above the baseline.</summary>
    public double MarkRise => Font.Size * 0.38;

    /// <summary>The same style set at <paramref name="size"/> points, its mark font scaled alike.</summary>
    public TextStyle WithSize(double size) =>
        new(Resize(Font, size), Resize(MarkFont, MarkFont.Size * size / Font.Size));

    private static XFont Resize(XFont font, double size) => new(font.FontFamily.Name, size, font.Style, font.PdfOptions);
}
