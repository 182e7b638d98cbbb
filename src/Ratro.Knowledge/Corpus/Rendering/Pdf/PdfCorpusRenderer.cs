using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Renders a corpus document as an A4 PDF with PDFsharp: title block, bold headings, wrapped clause text,
/// grid tables, footnotes at the page bottom, running header and page numbers. Equal input gives equal
/// bytes: dates come from the front matter and every identifier from the source hash.
/// </summary>
public sealed class PdfCorpusRenderer
{
    public const string Author = "РАТРО";

    public PdfRendition Render(CorpusSource source, CancellationToken cancellationToken)
    {
        var theme = new PdfTheme(CorpusFonts.Family);
        using var document = new PdfDocument();
        SetProperties(document, source);
        using var measure = XGraphics.CreateMeasureContext(new XSize(PdfTheme.PageWidth, PdfTheme.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var cursor = new PdfPageCursor(document, theme, source.Designation);
        var writer = new PdfBlockWriter(cursor, theme, measure);
        writer.WriteTitleBlock(source);
        foreach (var block in source.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(block);
        }

        cursor.Finish();
        var pages = document.PageCount;
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return new PdfRendition(DeterministicPdf.Normalize(stream.ToArray(), source.ContentHash), pages);
    }

    private static void SetProperties(PdfDocument document, CorpusSource source)
    {
        document.Info.Title = source.Title;
        document.Info.Subject = source.Designation;
        document.Info.Author = Author;
        document.Info.Creator = "Ratro.Knowledge";
        document.Info.CreationDate = source.Date;
        document.Info.ModificationDate = source.Date;
        var id = DeterministicPdf.DocumentId(source.ContentHash);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }
}
