using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// Renders a corpus document as a Word document with OpenXml: heading styles with outline levels,
/// automatic multi-level clause numbering, tables with a header row, footnotes, header and page-number
/// footer, and core properties. Equal input gives equal bytes.
/// </summary>
public sealed class DocxCorpusRenderer
{
    public const string Creator = "РАТРО";
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int LeftMargin = 1701;
    private const int RightMargin = 850;
    private const int TextWidth = PageWidth - LeftMargin - RightMargin;

    public DocxRendition Render(CorpusSource source, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            var notes = new DocxFootnotes();
            var writer = new DocxBodyWriter(notes, TextWidth);
            var body = new Body(writer.TitleBlock(source));
            foreach (var block in source.Blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body.Append(writer.Write(block));
            }

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = DocxNumbering.Create(writer.NumberingInstances);
            if (notes.Count > 0)
            {
                main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = notes.Root;
                main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(new FootnoteDocumentWideProperties(
                    new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }));
            }

            main.AddNewPart<HeaderPart>("rIdHeader").Header = new Header(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Header" }), DocxRuns.Text(source.Designation)));
            main.AddNewPart<FooterPart>("rIdFooter").Footer = new Footer(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
                DocxRuns.Text("— "),
                new SimpleField(DocxRuns.Text("1")) { Instruction = " PAGE " },
                DocxRuns.Text(" —")));
            body.Append(Section());
            main.Document = new Document(body);
            DocxCoreProperties.Write(package, source, Creator);
        }

        return new DocxRendition(DeterministicZip.Normalize(stream.ToArray(), source.Date));
    }

    private static SectionProperties Section() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = 1134, Right = RightMargin, Bottom = 1134, Left = LeftMargin, Header = 567, Footer = 567, Gutter = 0 });
}
