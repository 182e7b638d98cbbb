using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Opens a PDF with PdfPig and turns its failures into <see cref="IngestionException"/>s: a file that
/// needs a user password is <see cref="IngestionFailure.EncryptedPdf"/> (one protected only by an owner
/// password opens with the empty user password and is read); a file cut short (no "%%EOF" near its
/// end) or anything PdfPig cannot parse is <see cref="IngestionFailure.CorruptPdf"/>, with the reason
/// in the message.
/// </summary>
internal static class PdfDocumentOpener
{
    private const int TailLength = 4096;

    public static PdfDocument Open(ReadOnlyMemory<byte> content, string fileName)
    {
        var tail = content.Span[Math.Max(0, content.Length - TailLength)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            throw new IngestionException(IngestionFailure.CorruptPdf, $"'{fileName}' is a truncated PDF: it does not end with the %%EOF marker, so part of the file is missing. Download or export it again.");
        }

        var bytes = MemoryMarshal.TryGetArray(content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToArray();
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw Map(exception, fileName, page: null);
        }
    }

    /// <summary>The ingestion error for a PdfPig exception, raised while opening (<paramref name="page"/> null) or reading a page.</summary>
    public static IngestionException Map(Exception exception, string fileName, int? page)
    {
        if (exception is PdfDocumentEncryptedException)
        {
            return new IngestionException(IngestionFailure.EncryptedPdf, $"'{fileName}' is encrypted with a password that is needed to open it; remove the password (or supply an unprotected copy) and ingest it again.", exception);
        }

        var where = page is null ? "" : $" (page {page})";
        return new IngestionException(IngestionFailure.CorruptPdf, $"'{fileName}' is a damaged PDF that cannot be read{where}: {exception.Message.TrimEnd('.')}.", exception);
    }
}
