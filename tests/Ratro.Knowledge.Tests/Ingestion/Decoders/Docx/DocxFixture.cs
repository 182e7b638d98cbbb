using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Docx;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>
/// A Word document generated in memory with OpenXml. Parts are given as the inner XML of their root
/// element, with the "w", "r" and "m" prefixes declared, so each test shows the markup it decodes.
/// </summary>
internal sealed record DocxFixture
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

    private static readonly DateTime Created = new(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    public string Body { get; init; } = "";

    public string? Styles { get; init; }

    public string? Numbering { get; init; }

    /// <summary>Footnotes other than the separators, which are added.</summary>
    public string? Footnotes { get; init; }

    public string? Endnotes { get; init; }

    public string? Settings { get; init; }

    public string? Header { get; init; }

    public string? Footer { get; init; }

    /// <summary>External hyperlink targets by relationship id.</summary>
    public IReadOnlyDictionary<string, string> Hyperlinks { get; init; } = new Dictionary<string, string>();

    public string? Title { get; init; }

    public string? Creator { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var sectionReferences = AddHeaderFooter(main);
            main.Document = new Document($"<w:document {Namespaces}><w:body>{Body}{sectionReferences}</w:body></w:document>");
            if (Styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {Namespaces}>{Styles}</w:styles>");
            }

            if (Numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
            }

            AddNotes(main);
            if (Settings is not null)
            {
                main.AddNewPart<DocumentSettingsPart>().Settings = new Settings($"<w:settings {Namespaces}>{Settings}</w:settings>");
            }

            foreach (var (id, url) in Hyperlinks)
            {
                main.AddHyperlinkRelationship(new Uri(url), true, id);
            }

            SetCoreProperties(document);
        }

        return stream.ToArray();
    }

    public Task<DecodedDocument> DecodeAsync(IngestionOptions? options = null) =>
        new DocxDecoder(options ?? new IngestionOptions()).DecodeAsync(Build(), "fixture.docx", TestContext.Current.CancellationToken);

    private string AddHeaderFooter(MainDocumentPart main)
    {
        if (Header is null && Footer is null)
        {
            return "";
        }

        var references = "";
        if (Header is not null)
        {
            main.AddNewPart<HeaderPart>("rIdHeader1").Header = new Header($"<w:hdr {Namespaces}>{Header}</w:hdr>");
            references += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>";
        }

        if (Footer is not null)
        {
            main.AddNewPart<FooterPart>("rIdFooter1").Footer = new Footer($"<w:ftr {Namespaces}>{Footer}</w:ftr>");
            references += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>";
        }

        return $"<w:sectPr>{references}</w:sectPr>";
    }

    private void AddNotes(MainDocumentPart main)
    {
        const string separators =
            "<w:{0} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:{0}>"
            + "<w:{0} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{0}>";
        if (Footnotes is not null)
        {
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                $"<w:footnotes {Namespaces}>{string.Format(System.Globalization.CultureInfo.InvariantCulture, separators, "footnote")}{Footnotes}</w:footnotes>");
        }

        if (Endnotes is not null)
        {
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                $"<w:endnotes {Namespaces}>{string.Format(System.Globalization.CultureInfo.InvariantCulture, separators, "endnote")}{Endnotes}</w:endnotes>");
        }
    }

    private void SetCoreProperties(WordprocessingDocument document)
    {
        var core = document.PackageProperties;
        core.Title = Title;
        core.Creator = Creator;
        core.Subject = Subject;
        core.Keywords = Keywords;
        core.Created = Created;
        core.Modified = Created.AddDays(1);
    }
}
