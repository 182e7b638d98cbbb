using UglyToad.PdfPig.Content;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Converts PdfPig letters into <see cref="PdfGlyph"/>s. Text drawn in the page's dominant direction is
/// kept (pages turned by 90° or 180° read upright); letters in another direction (a vertical label in a
/// table) are counted and dropped.
/// </summary>
internal static class PdfGlyphReader
{
    public static List<PdfGlyph> Read(IReadOnlyList<Letter> letters, out ReadingFrame frame, out int skipped)
    {
        var orientation = DominantOrientation(letters);
        frame = new ReadingFrame(orientation);
        var glyphs = new List<PdfGlyph>(letters.Count);
        skipped = 0;
        foreach (var letter in letters)
        {
            if (!Matches(letter.TextOrientation, orientation))
            {
                skipped += string.IsNullOrWhiteSpace(letter.Value) ? 0 : 1;
                continue;
            }

            var (x, up) = frame.Map(letter.StartBaseLine.X, letter.StartBaseLine.Y);
            var (endX, _) = frame.Map(letter.EndBaseLine.X, letter.EndBaseLine.Y);
            var width = Math.Max(Math.Max(endX - x, letter.Width), 0);
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            glyphs.Add(new PdfGlyph(letter.Value, x, x + width, up, size, IsBold(letter)));
        }

        return glyphs;
    }

    private static TextOrientation DominantOrientation(IReadOnlyList<Letter> letters)
    {
        int horizontal = 0, upsideDown = 0, down = 0, up = 0;
        foreach (var letter in letters)
        {
            switch (letter.TextOrientation)
            {
                case TextOrientation.Rotate180: upsideDown++; break;
                case TextOrientation.Rotate90: down++; break;
                case TextOrientation.Rotate270: up++; break;
                default: horizontal++; break;
            }
        }

        var max = Math.Max(Math.Max(horizontal, upsideDown), Math.Max(down, up));
        return max == horizontal ? TextOrientation.Horizontal
            : max == down ? TextOrientation.Rotate90
            : max == up ? TextOrientation.Rotate270
            : TextOrientation.Rotate180;
    }

    private static bool Matches(TextOrientation letter, TextOrientation page) =>
        letter == page || (page == TextOrientation.Horizontal && letter == TextOrientation.Other);

    private static bool IsBold(Letter letter)
    {
        if (letter.FontDetails?.IsBold == true)
        {
            return true;
        }

        var name = letter.FontName;
        return name is not null
            && (name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Demi", StringComparison.OrdinalIgnoreCase));
    }
}
