namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>One item of a page's text flow in reading order: a line, a table, or a note read from under a table.</summary>
internal sealed record PdfFlowItem(PdfLine? Line, PdfTable? Table, DecodedBlock? Note = null)
{
    public static PdfFlowItem Of(PdfLine line) => new(line, null);

    public static PdfFlowItem Of(PdfTable table) => new(null, table);

    public static PdfFlowItem Of(DecodedBlock note) => new(null, null, note);
}
