using UglyToad.PdfPig;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// One page read on its own: its lines and tables in reading order, the statistics of its text layer and what
/// was noticed on it. Pages are independent here, so they can be read on different threads.
/// </summary>
internal sealed record PdfPageRead(PdfPageContent Content, TextLayerCheck Check, IReadOnlyList<string> Warnings)
{
    public static PdfPageRead Read(PdfDocument document, int number, string fileName)
    {
        try
        {
            var page = document.GetPage(number);
            var glyphs = PdfGlyphReader.Read(page.Letters, out var frame, out var skipped);
            var check = new TextLayerCheck();
            check.Add(glyphs, page.NumberOfImages);
            IReadOnlyList<string> warnings = skipped > 0
                ? [$"Page {number}: {skipped} character(s) of text set in another direction were skipped."]
                : [];
            var lines = ColumnLayout.Order(PdfLineBuilder.Build(glyphs));
            var rulings = lines.Count > 0 ? RulingExtractor.Extract(page, frame) : [];
            return new PdfPageRead(new PdfPageContent(number, PdfTableDetector.Detect(lines, rulings)), check, warnings);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or IngestionException))
        {
            throw PdfDocumentOpener.Map(exception, fileName, number);
        }
    }
}
