using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// The writing position in a rendition: the current page, the vertical position on it and the footnotes
/// that must fit at its bottom. Every new page gets the running header (the designation) and the page
/// number ("— 3 —"); a page is closed by drawing its footnotes above the footer.
/// </summary>
internal sealed class PdfPageCursor(PdfDocument document, PdfTheme theme, string header)
{
    private const double SeparatorGap = 9;
    private readonly List<PdfFootnote> notes = [];
    private XGraphics? graphics;

    public double Y { get; set; }

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page is open; call Ensure first.");

    public bool AtTop => graphics is not null && Y <= PdfTheme.Top + 0.01;

    private double Reserved => notes.Count == 0 ? 0 : notes.Sum(n => n.Height) + SeparatorGap;

    /// <summary>Opens a new page unless <paramref name="height"/> and the footnotes first referenced there fit on this one.</summary>
    public void Ensure(double height, IReadOnlyList<PdfFootnote> newNotes)
    {
        var extra = newNotes.Sum(n => n.Height) + (notes.Count == 0 && newNotes.Count > 0 ? SeparatorGap : 0);
        if (graphics is null || (Y + height > PdfTheme.ContentBottom - Reserved - extra && !AtTop))
        {
            NewPage();
        }
    }

    /// <summary>Records footnotes referenced by the text just placed on this page.</summary>
    public void Place(IEnumerable<PdfFootnote> newNotes) => notes.AddRange(newNotes);

    public void NewPage()
    {
        ClosePage();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PdfTheme.PageWidth);
        page.Height = XUnit.FromPoint(PdfTheme.PageHeight);
        graphics = XGraphics.FromPdfPage(page);
        DrawHeaderAndFooter(graphics, document.PageCount);
        Y = PdfTheme.Top;
    }

    public void Finish() => ClosePage();

    private void DrawHeaderAndFooter(XGraphics page, int number)
    {
        var note = theme.Note;
        page.DrawString(header, note.Font, XBrushes.Black, new XPoint(PdfTheme.Left, 40), XStringFormats.BaseLineLeft);
        page.DrawLine(new XPen(XColors.Gray, 0.4), PdfTheme.Left, 45, PdfTheme.PageWidth - PdfTheme.Right, 45);
        var footer = string.Create(CultureInfo.InvariantCulture, $"— {number} —");
        page.DrawString(footer, note.Font, XBrushes.Black, new XPoint(PdfTheme.PageWidth / 2, PdfTheme.PageHeight - 34), XStringFormats.BaseLineCenter);
    }

    private void ClosePage()
    {
        if (graphics is null)
        {
            return;
        }

        if (notes.Count > 0)
        {
            var y = PdfTheme.ContentBottom - notes.Sum(n => n.Height);
            graphics.DrawLine(new XPen(XColors.Black, 0.5), PdfTheme.Left, y - 5, PdfTheme.Left + (PdfTheme.ContentWidth / 3), y - 5);
            foreach (var note in notes)
            {
                foreach (var line in note.Lines)
                {
                    LineDrawer.Draw(graphics, line, theme.Note, PdfTheme.Left, y + theme.Note.Ascent);
                    y += note.LineHeight;
                }

                y += 2;
            }
        }

        notes.Clear();
        graphics.Dispose();
        graphics = null;
    }
}
