using System.Runtime.InteropServices;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Sorts glyphs by one coordinate: the coordinates are sorted as primitive keys together with the glyphs'
/// positions, and the glyphs are then moved once into place. That is several times faster than a comparison
/// delegate over the glyph structs (a page holds thousands of glyphs, each struct several words long).
/// </summary>
internal static class GlyphOrder
{
    /// <summary>Top of the page first (baseline descending); glyphs on the same baseline stay in the order they came.</summary>
    public static void TopDown(List<PdfGlyph> glyphs) => Sort(glyphs, static g => -g.Baseline);

    /// <summary>Left to right; glyphs at the same position stay in the order they came.</summary>
    public static void LeftToRight(List<PdfGlyph> glyphs) => Sort(glyphs, static g => g.Left);

    private static void Sort(List<PdfGlyph> glyphs, Func<PdfGlyph, double> key)
    {
        var span = CollectionsMarshal.AsSpan(glyphs);
        if (span.Length < 2)
        {
            return;
        }

        var keys = new (double Key, int Index)[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            keys[i] = (key(span[i]), i);
        }

        Array.Sort(keys);
        var sorted = new PdfGlyph[span.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[i] = span[keys[i].Index];
        }

        sorted.CopyTo(span);
    }
}
