namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>All pages of a PDF as read, in order, with the text-layer statistics and warnings of the whole file.</summary>
internal sealed record PdfPages(IReadOnlyList<PdfPageContent> Contents, TextLayerCheck Check, IReadOnlyList<string> Warnings);
