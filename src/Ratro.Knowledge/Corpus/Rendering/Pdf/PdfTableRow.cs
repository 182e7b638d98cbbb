namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>A table row laid out: the wrapped lines of each cell and the row height.</summary>
internal sealed record PdfTableRow(IReadOnlyList<IReadOnlyList<LayoutLine>> Cells, double Height, TextStyle Style, bool IsHeader);
