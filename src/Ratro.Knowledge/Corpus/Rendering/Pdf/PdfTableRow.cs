namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>A table row laid out: the wrapped lines of each cell, the style each cell is set in, and the row height.</summary>
internal sealed record PdfTableRow(IReadOnlyList<IReadOnlyList<LayoutLine>> Cells, IReadOnlyList<TextStyle> Styles, double Height, bool IsHeader);
