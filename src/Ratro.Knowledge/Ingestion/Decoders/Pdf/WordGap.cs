namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// A gap between two glyphs of one word, narrower than a word space but visible: the text before it ends at
/// <paramref name="Index"/>, the glyph before it ends at <paramref name="Start"/> and the one after it begins
/// at <paramref name="End"/>.
/// </summary>
internal readonly record struct WordGap(int Index, double Start, double End)
{
    public double Middle => (Start + End) / 2;
}
