namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>Decides a file's format from its signature first and its extension second; a mismatch is an error.</summary>
public static class FormatDetector
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SourceFormat Detect(ReadOnlySpan<byte> content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = content[..Math.Min(content.Length, 1024)];
        if (head.IndexOf(PdfSignature) >= 0)
        {
            return SourceFormat.Pdf;
        }

        if (content.StartsWith(ZipSignature))
        {
            return extension is ".docx" or ".docm" or ""
                ? SourceFormat.Docx
                : throw new IngestionException(IngestionFailure.UnknownFormat, $"'{fileName}' is a zip archive but not a Word document (.docx); only PDF, DOCX, Markdown and text files can be ingested.");
        }

        if (content.StartsWith(CompoundFileSignature) && extension is ".docx" or ".docm")
        {
            // An encrypted Office document or a renamed .doc: the Word decoder explains which.
            return SourceFormat.Docx;
        }

        return extension switch
        {
            ".pdf" => throw new IngestionException(IngestionFailure.CorruptPdf, $"'{fileName}' is not a PDF: it does not start with the %PDF- signature."),
            ".docx" or ".docm" => throw new IngestionException(IngestionFailure.NotAZip, $"'{fileName}' is not a Word document: a .docx file is a zip package, and this file is not a zip archive."),
            ".md" or ".markdown" => SourceFormat.Markdown,
            ".txt" or ".text" => SourceFormat.Text,
            ".doc" => throw new IngestionException(IngestionFailure.UnknownFormat, $"'{fileName}' is a legacy Word 97–2003 document (.doc); save it as .docx or PDF first."),
            _ => throw new IngestionException(IngestionFailure.UnknownFormat, $"'{fileName}' has an unknown type ('{(extension.Length == 0 ? "no extension" : extension)}'); only PDF, DOCX, Markdown (.md) and text (.txt) files can be ingested."),
        };
    }
}
