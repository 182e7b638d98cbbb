namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>Glyphs that share a baseline, with the size and baseline of most of them.</summary>
internal sealed class PdfGlyphRow
{
    private const double RaisedEm = 0.2;

    public List<PdfGlyph> Glyphs { get; } = [];

    public double Baseline { get; private set; }

    public double Size { get; private set; }

    public double Left { get; private set; } = double.MaxValue;

    public double Right { get; private set; } = double.MinValue;

    /// <summary>A smaller glyph set above the baseline: a superscript or a footnote marker.</summary>
    public bool IsRaised(PdfGlyph glyph) => glyph.Size < 0.9 * Size && glyph.Baseline > Baseline + RaisedEm * Size;

    /// <summary>A smaller glyph set below the baseline: a subscript.</summary>
    public bool IsLowered(PdfGlyph glyph) => glyph.Size < 0.9 * Size && glyph.Baseline < Baseline - (0.1 * Size);

    public void Add(PdfGlyph glyph)
    {
        Glyphs.Add(glyph);
        Left = Math.Min(Left, glyph.Left);
        Right = Math.Max(Right, glyph.Right);
    }

    public void AddRange(PdfGlyphRow other)
    {
        foreach (var glyph in other.Glyphs)
        {
            Add(glyph);
        }

        Measure();
    }

    /// <summary>Sets <see cref="Size"/> to the most frequent size and <see cref="Baseline"/> to the mean baseline of glyphs of that size.</summary>
    public void Measure()
    {
        var sizes = new SizeTally();
        foreach (var glyph in Glyphs)
        {
            if (!glyph.IsSpace)
            {
                sizes.Add(glyph.Size);
            }
        }

        Size = sizes.Mode(Glyphs[0].Size);
        double sum = 0;
        var count = 0;
        foreach (var glyph in Glyphs)
        {
            if (Math.Abs(glyph.Size - Size) < 0.06)
            {
                sum += glyph.Baseline;
                count++;
            }
        }

        Baseline = count == 0 ? Glyphs[0].Baseline : sum / count;
    }
}
