using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Opens a checked package with OpenXml and loads every part the decoder reads, so a missing part or broken
/// XML is reported as <see cref="IngestionFailure.CorruptDocx"/> before reading starts.
/// </summary>
internal static class DocxPackage
{
    public static WordprocessingDocument Open(ReadOnlyMemory<byte> content, string fileName, IngestionOptions options)
    {
        WordprocessingDocument? document = null;
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = options.MaxUncompressedBytes };
            document = WordprocessingDocument.Open(ContentStream.Open(content), false, settings);
            Load(document, fileName);
            return document;
        }
        catch (Exception exception) when (exception is XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
        {
            document?.Dispose();
            throw new IngestionException(IngestionFailure.CorruptDocx, $"'{fileName}' is a damaged Word document: {Reason(exception)} ({exception.Message}).", exception);
        }
        catch (IngestionException)
        {
            document?.Dispose();
            throw;
        }
    }

    private static void Load(WordprocessingDocument document, string fileName)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is null)
        {
            throw new IngestionException(IngestionFailure.CorruptDocx, $"'{fileName}' is a zip package but not a Word document: it has no main document part (word/document.xml) with a body.");
        }

        _ = main.StyleDefinitionsPart?.Styles;
        _ = main.NumberingDefinitionsPart?.Numbering;
        _ = main.FootnotesPart?.Footnotes;
        _ = main.EndnotesPart?.Endnotes;
        _ = main.DocumentSettingsPart?.Settings;
        foreach (var header in main.HeaderParts)
        {
            _ = header.Header;
        }

        foreach (var footer in main.FooterParts)
        {
            _ = footer.Footer;
        }
    }

    private static string Reason(Exception exception) => exception switch
    {
        XmlException => "its XML is not well-formed",
        InvalidOperationException => "a part it refers to is missing or unreadable",
        _ => "its package cannot be read",
    };
}
