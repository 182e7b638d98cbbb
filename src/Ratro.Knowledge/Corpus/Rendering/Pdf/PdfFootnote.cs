namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>A footnote laid out for the bottom of a page: its mark and its wrapped lines in the note font.</summary>
internal sealed record PdfFootnote(string Label, IReadOnlyList<LayoutLine> Lines, double LineHeight)
{
    public double Height => (Lines.Count * LineHeight) + 2;
}
