using System.Text;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Groups a page's lines into paragraphs and headings. A new paragraph starts at a wider gap than the
/// usual line pitch (<see cref="PdfBodyStyle.BreakFor"/>: in a document that spaces its paragraphs apart,
/// that space alone ends a paragraph, so a one-line caption stays apart from the text under it), at a
/// change of font size or of heading style, and after a line that ends a
/// sentence or stops short of the right edge when the next line opens an item ("3.1", "Art. 5º", "I -")
/// or is indented. Heading style is a font clearly larger than the body, or bold at about body size;
/// a paragraph of heading-style lines that is not too long is a heading (its level is set later for
/// the whole document); a heading line that opens a new label ("ANEXO C" then "TABELA C-I") starts a
/// new heading. Clause numbers stay in the text for the structure step.
/// </summary>
internal sealed class PdfParagraphBuilder(PdfBodyStyle style, HyphenatedWords words)
{
    private const double LargerBy = 1.0;
    private const int MaxHeadingLength = 300;
    private const int MaxHeadingLines = 4;

    public List<DecodedBlock> Build(PdfPageContent page)
    {
        var frames = page.Lines.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => ColumnFrame.Measure(g, style));
        var blocks = new List<DecodedBlock>();
        var paragraph = new List<PdfLine>();
        foreach (var item in page.Flow)
        {
            if (item.Note is { } note)
            {
                Flush(paragraph, page.Number, blocks);
                blocks.Add(note);
                continue;
            }

            if (item.Table is { } table)
            {
                Flush(paragraph, page.Number, blocks);
                blocks.Add(new DecodedBlock { Kind = BlockKind.Table, Text = table.Table.Caption ?? "", Table = table.Table, Page = page.Number, FontSize = table.FontSize });
                continue;
            }

            var line = item.Line!;
            if (paragraph.Count > 0 && Breaks(paragraph[^1], line, frames[line.Column]))
            {
                Flush(paragraph, page.Number, blocks);
            }

            paragraph.Add(line);
        }

        Flush(paragraph, page.Number, blocks);
        return blocks;
    }

    public bool IsHeadingStyle(PdfLine line) =>
        line.FontSize >= style.FontSize + LargerBy || (line.Bold && line.FontSize >= style.FontSize - 1.5);

    private bool Breaks(PdfLine previous, PdfLine line, ColumnFrame frame)
    {
        if (previous.Column != line.Column)
        {
            return !(!TextShape.EndsSentence(previous.Text) && TextShape.StartsLower(line.Text));
        }

        var gap = previous.Baseline - line.Baseline;
        if (gap <= 0 || gap > style.BreakFor(Math.Max(previous.FontSize, line.FontSize)))
        {
            return true;
        }

        var heading = IsHeadingStyle(previous);
        if (heading != IsHeadingStyle(line) || Math.Abs(previous.FontSize - line.FontSize) > LargerBy)
        {
            return true;
        }

        if (heading)
        {
            return ClauseLabelParser.Parse(line.Text) is not null;
        }

        var ended = TextShape.EndsSentence(previous.Text);
        var isShort = frame.IsShort(previous);
        return ((ended || isShort) && (TextShape.StartsNewItem(line.Text) || (frame.IsIndented(line) && !frame.IsIndented(previous))))
            || (isShort && (ended || TextShape.StartsUpper(line.Text)));
    }

    private void Flush(List<PdfLine> lines, int page, List<DecodedBlock> blocks)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            LineJoiner.Append(text, line.Text, words);
        }

        var isHeading = lines.Count <= MaxHeadingLines && text.Length <= MaxHeadingLength && lines.All(IsHeadingStyle);
        blocks.Add(new DecodedBlock
        {
            Kind = isHeading ? BlockKind.Heading : BlockKind.Paragraph,
            Text = text.ToString(),
            Page = page,
            Bold = lines.All(l => l.Bold),
            FontSize = lines[0].FontSize,
        });
        lines.Clear();
    }
}
