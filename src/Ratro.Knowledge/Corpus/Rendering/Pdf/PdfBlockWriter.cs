using PdfSharp.Drawing;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>Lays out the title block and the decoded blocks of a document, in reading order, through the page cursor.</summary>
internal sealed class PdfBlockWriter(PdfPageCursor cursor, PdfTheme theme, XGraphics measure)
{
    private readonly HashSet<string> placedNotes = new(StringComparer.Ordinal);

    public void WriteTitleBlock(CorpusSource source)
    {
        cursor.Ensure(0, []);
        if (source.ShowsDesignationInTitleBlock)
        {
            Centered(source.Designation, theme.Designation);
            cursor.Y += 6;
        }

        Centered(source.Title, theme.Title);
        if (source.OtherTitle is { } other)
        {
            cursor.Y += 3;
            Centered(other, theme.Subtitle);
        }

        cursor.Y += 8;
        cursor.Graphics.DrawLine(new XPen(XColors.Black, 0.8), PdfTheme.Left, cursor.Y, PdfTheme.PageWidth - PdfTheme.Right, cursor.Y);
        cursor.Y += 14;
    }

    public void Write(DecodedBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.Heading:
                WriteHeading(block);
                break;
            case BlockKind.Table when block.Table is not null:
                new PdfTableWriter(cursor, theme, measure).Write(block.Table);
                cursor.Y += PdfTheme.ParagraphGap + 2;
                break;
            default:
                WriteParagraph(block.Text, block.Footnotes, theme.Body);
                cursor.Y += PdfTheme.ParagraphGap;
                break;
        }
    }

    private void WriteHeading(DecodedBlock block)
    {
        var style = theme.Heading(block.HeadingLevel ?? 1);
        if (ClauseLabelParser.Parse(block.Text)?.Kind == ClauseKind.Annex && !cursor.AtTop)
        {
            cursor.NewPage();
        }

        var lines = LineBreaker.Break(block.Text, style, PdfTheme.ContentWidth, measure);
        var gapBefore = cursor.AtTop ? 0 : 7;
        cursor.Ensure(gapBefore + (lines.Count * style.LineHeight) + (3 * theme.Body.LineHeight), []);
        cursor.Y += cursor.AtTop ? 0 : gapBefore;
        foreach (var line in lines)
        {
            LineDrawer.Draw(cursor.Graphics, line, style, PdfTheme.Left, cursor.Y + style.Ascent);
            cursor.Y += style.LineHeight;
        }

        cursor.Y += 3;
    }

    private void WriteParagraph(string text, IReadOnlyList<Footnote> footnotes, TextStyle style)
    {
        var pieces = FootnoteMarks.Split(text, footnotes);
        foreach (var line in LineBreaker.Break(pieces, style, PdfTheme.ContentWidth, measure))
        {
            var newNotes = line.Marks.Distinct(StringComparer.Ordinal)
                .Where(label => !placedNotes.Contains(label))
                .Select(label => Note(label, footnotes))
                .ToList();
            cursor.Ensure(style.LineHeight, newNotes);
            LineDrawer.Draw(cursor.Graphics, line, style, PdfTheme.Left, cursor.Y + style.Ascent);
            cursor.Y += style.LineHeight;
            cursor.Place(newNotes);
            placedNotes.UnionWith(newNotes.Select(n => n.Label));
        }
    }

    private PdfFootnote Note(string label, IReadOnlyList<Footnote> footnotes)
    {
        var text = footnotes.First(f => f.Marker == label).Text;
        var lines = LineBreaker.Break([new TextPiece(FootnoteMarks.Display(label), label), new TextPiece(" " + text, null)], theme.Note, PdfTheme.ContentWidth, measure);
        return new PdfFootnote(label, lines, theme.Note.LineHeight);
    }

    private void Centered(string text, TextStyle style)
    {
        foreach (var line in LineBreaker.Break(text, style, PdfTheme.ContentWidth - 40, measure))
        {
            var x = PdfTheme.Left + ((PdfTheme.ContentWidth - line.Width) / 2);
            LineDrawer.Draw(cursor.Graphics, line, style, x, cursor.Y + style.Ascent);
            cursor.Y += style.LineHeight;
        }
    }
}
