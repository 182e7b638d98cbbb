using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>A table found on a page and the lines it was read from (which leave the text flow).</summary>
internal sealed record PdfTable(ClauseTable Table, IReadOnlyList<PdfLine> Lines)
{
    /// <summary>Smallest font size of the table's text, for footnote detection below it.</summary>
    public double FontSize => Lines.Count == 0 ? 0 : Lines.Min(l => l.FontSize);
}
