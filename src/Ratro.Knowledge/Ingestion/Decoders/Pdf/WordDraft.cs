using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// A word being read from glyphs: its text, extent, the gap before it, the visible gaps inside it (at least
/// <see cref="VisibleGapEm"/> of the font size; glyphs set one after the other leave none) and its glyph statistics.
/// </summary>
internal sealed class WordDraft(double left, double gapBefore)
{
    public const double VisibleGapEm = 0.04;

    private readonly StringBuilder text = new();
    private List<WordGap>? gaps;
    private int characters;
    private int bold;
    private double size;

    public double Left { get; } = left;

    public double Right { get; private set; } = left;

    public double GapBefore { get; } = gapBefore;

    public void Add(PdfGlyph glyph, string value)
    {
        if (characters > 0 && glyph.Left - Right >= VisibleGapEm * glyph.Size)
        {
            (gaps ??= []).Add(new WordGap(text.Length, Right, glyph.Left));
        }

        text.Append(value);
        Right = Math.Max(Right, glyph.Right);
        characters++;
        bold += glyph.Bold ? 1 : 0;
        size = Math.Max(size, glyph.Size);
    }

    /// <summary>The run made of words [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static PdfTextRun Run(List<WordDraft> words, int start, int end, double baseline)
    {
        var result = new PdfWord[end - start];
        var sizes = new SizeTally();
        int characters = 0, bold = 0;
        for (var i = start; i < end; i++)
        {
            var word = words[i];
            result[i - start] = new PdfWord(word.text.ToString(), word.Left, word.Right, baseline, word.gaps);
            sizes.Add(word.size, word.characters);
            characters += word.characters;
            bold += word.bold;
        }

        return new PdfTextRun(result, sizes.Mode(0), characters, bold);
    }
}
