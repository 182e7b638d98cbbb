using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Ratro.Knowledge.Ingestion.Structure;
using Footnote = Ratro.Knowledge.Documents.Footnote;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Walks the document body in reading order and reports its blocks: paragraphs and headings with their
/// automatic numbers, data tables, the paragraphs of layout tables and text boxes, located by page. Tables of
/// contents are skipped (they repeat the headings). A bold paragraph that directly continues a heading in the
/// same style and alignment (a long heading typed over several paragraphs) is joined to it.
/// </summary>
internal sealed class DocxBodyReader
{
    private readonly StyleSheet styles;
    private readonly HeadingDetector headings;
    private readonly NumberingResolver numbering;
    private readonly PageTracker pages;
    private readonly FieldState fields = new();
    private readonly ParagraphText text;
    private readonly List<DecodedBlock> blocks = [];
    private int tailIndex = -1;
    private string? tailStyle;
    private string? tailAlignment;

    public DocxBodyReader(StyleSheet styles, NumberingResolver numbering, PageTracker pages, FootnoteReader notes)
    {
        this.styles = styles;
        this.numbering = numbering;
        this.pages = pages;
        headings = new HeadingDetector(styles);
        text = new ParagraphText(styles, fields, pages, notes, keepLines: false);
    }

    /// <summary>The text of the first paragraph in a title style, if any.</summary>
    public string? Title { get; private set; }

    /// <summary>Paragraphs left out because they belong to a table of contents.</summary>
    public int SkippedTocParagraphs { get; private set; }

    public IReadOnlyList<DecodedBlock> Read(Body body, CancellationToken cancellationToken)
    {
        ReadContent(body, cancellationToken);
        return blocks;
    }

    private void ReadContent(OpenXmlElement container, CancellationToken cancellationToken)
    {
        foreach (var child in container.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, cancellationToken);
                    break;
                case Table table:
                    ReadTable(table, cancellationToken);
                    break;
                case SdtBlock sdt when IsTableOfContents(sdt):
                    SkippedTocParagraphs += sdt.Descendants<Paragraph>().Count();
                    break;
                case SdtBlock { SdtContentBlock: { } inner }:
                    ReadContent(inner, cancellationToken);
                    break;
                case CustomXmlBlock:
                    ReadContent(child, cancellationToken);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph, CancellationToken cancellationToken)
    {
        var styleId = styles.ParagraphStyleId(paragraph);
        if (BreaksBefore(paragraph, styleId))
        {
            pages.BreakBefore();
        }

        var inToc = fields.InTableOfContents;
        var label = numbering.Next(paragraph, styleId);
        var startPage = pages.Page;
        var content = text.Read(paragraph, styleId);
        pages.ParagraphEnd(paragraph.ParagraphProperties?.SectionProperties is not null);
        if (inToc || fields.InTableOfContents || headings.IsTableOfContentsEntry(styleId))
        {
            SkippedTocParagraphs++;
            tailIndex = -1;
            return;
        }

        AddParagraph(paragraph, styleId, label, content, startPage);
        foreach (var box in content.TextBoxes)
        {
            ReadContent(box, cancellationToken);
        }
    }

    private void AddParagraph(Paragraph paragraph, string? styleId, string? label, ParagraphContent content, int startPage)
    {
        var value = content.Text;
        if (value.Length == 0)
        {
            tailIndex = -1;
            return;
        }

        var isTitle = headings.IsTitle(styleId);
        var level = isTitle ? null : headings.Level(paragraph, styleId);
        Title ??= isTitle ? value : null;
        var alignment = paragraph.ParagraphProperties?.Justification?.Val?.InnerText;
        var page = content.FirstPage ?? startPage;
        var pageEnd = content.LastPage ?? page;
        if (level is null && label is null && ContinuesHeading(styleId, alignment, content, value))
        {
            var heading = blocks[^1];
            blocks[^1] = heading with { Text = $"{heading.Text} {value}", PageEnd = Later(heading.Page, Math.Max(pageEnd, heading.PageEnd ?? 0)) };
            return;
        }

        blocks.Add(new DecodedBlock
        {
            Kind = level is null ? BlockKind.Paragraph : BlockKind.Heading,
            Text = value,
            Page = page,
            PageEnd = Later(page, pageEnd),
            HeadingLevel = level,
            NumberLabel = label,
            Bold = content.Bold,
            FontSize = content.FontSize,
            Style = styles.Name(styleId),
            Footnotes = content.Footnotes.ToList(),
        });
        (tailIndex, tailStyle, tailAlignment) = level is null ? (-1, null, null) : (blocks.Count - 1, styleId, alignment);
    }

    private bool ContinuesHeading(string? styleId, string? alignment, ParagraphContent content, string value) =>
        tailIndex == blocks.Count - 1 && tailIndex >= 0 && content.Bold && styleId == tailStyle && alignment == tailAlignment
        && ClauseLabelParser.Parse(value) is null;

    private void ReadTable(Table table, CancellationToken cancellationToken)
    {
        tailIndex = -1;
        if (DocxTableReader.IsLayout(table))
        {
            foreach (var cell in table.Elements<TableRow>().SelectMany(row => row.Elements<TableCell>()))
            {
                ReadContent(cell, cancellationToken);
            }

            tailIndex = -1;
            return;
        }

        var startPage = pages.Page;
        var notes = new List<Footnote>();
        var rows = DocxTableReader.Read(table, cell => CellText(cell, notes));
        blocks.Add(new DecodedBlock
        {
            Kind = BlockKind.Table,
            Text = "",
            Table = rows,
            Page = startPage,
            PageEnd = Later(startPage, pages.Page),
            Footnotes = notes,
        });
    }

    private string CellText(TableCell cell, List<Footnote> notes)
    {
        var parts = new List<string>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            var styleId = styles.ParagraphStyleId(paragraph);
            var label = numbering.Next(paragraph, styleId);
            var content = text.Read(paragraph, styleId);
            pages.ParagraphEnd(endsSection: false);
            notes.AddRange(content.Footnotes.Where(n => !notes.Contains(n)));
            var value = content.Text;
            var shown = label is null ? value : $"{label} {value}".TrimEnd();
            if (shown.Length > 0)
            {
                parts.Add(shown);
            }
        }

        return string.Join(" ", parts);
    }

    private bool BreaksBefore(Paragraph paragraph, string? styleId) =>
        OnOff.Value(paragraph.ParagraphProperties?.PageBreakBefore)
        ?? styles.Chain(styleId).Select(s => OnOff.Value(s.StyleParagraphProperties?.PageBreakBefore)).FirstOrDefault(v => v is not null)
        ?? false;

    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value?.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase) == true) == true;

    private static int? Later(int? page, int pageEnd) => page is not null && pageEnd > page ? pageEnd : null;
}
