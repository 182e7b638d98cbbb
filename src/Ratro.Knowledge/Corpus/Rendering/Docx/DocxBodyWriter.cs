using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// Turns decoded blocks into Word body content: headings in heading styles, numbered clauses as list
/// paragraphs (see <see cref="ClauseNumberingPlanner"/>), table captions in the caption style, tables,
/// footnote references, and a page break before every annex.
/// </summary>
internal sealed class DocxBodyWriter(DocxFootnotes notes, int textWidth)
{
    private readonly ClauseNumberingPlanner planner = new();

    public IReadOnlyList<IReadOnlyList<int>> NumberingInstances => planner.Instances;

    public IEnumerable<OpenXmlElement> TitleBlock(CorpusSource source)
    {
        if (source.ShowsDesignationInTitleBlock)
        {
            yield return Styled("Designation", DocxRuns.Text(source.Designation));
        }

        yield return Styled("Title", DocxRuns.Text(source.Title));
        if (source.OtherTitle is { } other)
        {
            yield return Styled("Subtitle", DocxRuns.Text(other));
        }
    }

    public OpenXmlElement Write(DecodedBlock block) => block.Kind switch
    {
        BlockKind.Heading => Heading(block),
        BlockKind.Table when block.Table is not null => DocxTables.Create(block.Table, textWidth),
        _ => Body(block),
    };

    private Paragraph Heading(DecodedBlock block)
    {
        var level = Math.Clamp(block.HeadingLevel ?? 1, 1, DocxStyles.Headings);
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" });
        if (ClauseLabelParser.Parse(block.Text)?.Kind == ClauseKind.Annex)
        {
            properties.Append(new PageBreakBefore());
        }

        return Numbered(block, properties, isHeading: true);
    }

    private Paragraph Body(DecodedBlock block)
    {
        var properties = new ParagraphProperties();
        if (ClauseLabelParser.Parse(block.Text)?.Kind == ClauseKind.Table)
        {
            properties.Append(new ParagraphStyleId { Val = "Caption" });
        }

        return Numbered(block, properties, isHeading: false);
    }

    private Paragraph Numbered(DecodedBlock block, ParagraphProperties properties, bool isHeading)
    {
        var text = block.Text;
        if (planner.Plan(text, isHeading) is { } numbered)
        {
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = numbered.Level },
                new NumberingId { Val = numbered.NumberingId }));
            text = numbered.Text;
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(DocxRuns.For(text, block.Footnotes, notes));
        return paragraph;
    }

    private static Paragraph Styled(string style, Run run) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), run);
}
