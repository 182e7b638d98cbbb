using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Word documents (.docx, .docm). The package is checked for zip bombs before OpenXml opens it; the body is
/// read into located blocks with automatic numbers, headings, tables and footnotes (see <see cref="DocxBodyReader"/>);
/// core properties and the first header and footer go to <see cref="DecodedDocument.Properties"/>.
/// The work is synchronous: the returned task is already complete.
/// </summary>
public sealed class DocxDecoder(IngestionOptions options) : IDocumentDecoder
{
    /// <summary>
    /// Property telling what the file records of its pages: "rendered" when Word recorded its layout (page numbers
    /// are those Word showed), "explicit" when only explicit page and section breaks are recorded. Only rendered
    /// pages are given to blocks: explicit breaks alone cannot tell where text runs onto the next page, and a wrong
    /// page in a citation is worse than none. Absent when the file records no breaks at all.
    /// </summary>
    public const string PageSourceKey = "pageSource";

    public SourceFormat Format => SourceFormat.Docx;

    public Task<DecodedDocument> DecodeAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
    {
        ZipSafety.Check(content, fileName, options, cancellationToken);
        using var document = DocxPackage.Open(content, fileName, options);
        return Task.FromResult(Decode(document, cancellationToken));
    }

    private static DecodedDocument Decode(WordprocessingDocument document, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var styles = new StyleSheet(main.StyleDefinitionsPart?.Styles);
        var numbering = new NumberingResolver(new NumberingDefinitions(main.NumberingDefinitionsPart?.Numbering, styles), styles);
        var sections = body.Descendants<SectionProperties>().ToList();
        var pages = new PageTracker(sections);
        var reader = new DocxBodyReader(styles, numbering, pages, new FootnoteReader(main, styles));
        var blocks = reader.Read(body, cancellationToken);
        var properties = DocxProperties.Read(document, styles, sections, reader.Title);
        if (pages.Recorded)
        {
            properties[PageSourceKey] = pages.Rendered ? "rendered" : "explicit";
        }

        return new DecodedDocument
        {
            Format = SourceFormat.Docx,
            Blocks = pages.Rendered ? blocks : blocks.Select(b => b with { Page = null, PageEnd = null }).ToList(),
            PageCount = pages.Rendered ? pages.Page : 0,
            Properties = properties,
            Warnings = DecodeWarnings.Collect(pages, numbering, reader),
        };
    }
}
