using Ratro.Knowledge.Corpus.Rendering.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>
/// Draws small deterministic PDFs for decoder tests with PDFsharp: A4 pages with an optional running
/// header and page-number footer, headings, paragraphs given line by line (justified and drawn word by
/// word, so the file holds no space characters between words; "word^1" adds a superscript marker),
/// ruled tables, footnotes, two-column blocks and arbitrary strings.
/// </summary>
internal sealed class PdfFixtureWriter : IDisposable
{
    public const double BodySize = 11;
    private const double Pitch = 14;
    private const double ParagraphSpace = 9;
    private const double PageLeft = 70;
    private const double PageRight = 525;
    private const double FootnoteBaseline = 752;
    private static readonly DateTime FixedDate = new(2025, 3, 14, 9, 26, 53, DateTimeKind.Utc);

    private readonly PdfDocument document = new();
    private readonly string? header;
    private readonly Func<int, string>? footer;
    private XGraphics? graphics;
    private int pageNumber;
    private double y;
    private double left = PageLeft;
    private double right = PageRight;

    public PdfFixtureWriter(string? header = null, Func<int, string>? footer = null)
    {
        this.header = header;
        this.footer = footer;
        document.Info.CreationDate = FixedDate;
        document.Info.ModificationDate = FixedDate;
        document.Info.Creator = "Ratro.Knowledge tests";
        NewPage();
    }

    public PdfDocument Document => document;

    /// <summary>The current writing position from the top of the page: the baseline of the last line drawn, plus any space after it.</summary>
    public double Position => y;

    public PdfFixtureWriter NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(595);
        page.Height = XUnit.FromPoint(842);
        graphics = XGraphics.FromPdfPage(page);
        pageNumber++;
        if (header is not null)
        {
            Draw(header, Font(9), PageLeft, 40);
        }

        if (footer is not null)
        {
            var text = footer(pageNumber);
            Draw(text, Font(9), (595 - Graphics.MeasureString(text, Font(9)).Width) / 2, 810);
        }

        y = 70;
        return this;
    }

    public PdfFixtureWriter Heading(string text, double size, bool bold = true)
    {
        y += size + ParagraphSpace;
        Draw(text, Font(size, bold), left, y);
        y += 0.5 * size;
        return this;
    }

    /// <summary>A paragraph of the given lines: all but the last justified to the column width.</summary>
    public PdfFixtureWriter Paragraph(params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            y += Pitch;
            DrawWords(lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries), justify: i < lines.Length - 1);
        }

        y += ParagraphSpace;
        return this;
    }

    /// <summary>
    /// A table ruled with stroked lines; the first row is the header. A cell may hold several lines ("a\nb"),
    /// which makes its row taller. Unless every row is ruled, only the top, the line under the header and the
    /// bottom are (the body rows share one band), as some typesetters draw tables.
    /// </summary>
    public PdfFixtureWriter Table(double[] widths, params string[][] rows) => Table(widths, true, rows);

    /// <inheritdoc cref="Table(double[], string[][])"/>
    public PdfFixtureWriter Table(double[] widths, bool ruleEveryRow, params string[][] rows)
    {
        const double rowHeight = 18;
        const double cellPitch = 12;
        var pen = new XPen(XColors.Black, 0.6);
        var top = y + 6;
        var total = widths.Sum();
        var edges = new List<double> { top };
        for (var r = 0; r < rows.Length; r++)
        {
            var x = left;
            var lines = 1;
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cellLines = rows[r][c].Split('\n');
                for (var k = 0; k < cellLines.Length; k++)
                {
                    Draw(cellLines[k], Font(10, bold: r == 0), x + 4, edges[^1] + 13 + (k * cellPitch));
                }

                lines = Math.Max(lines, cellLines.Length);
                x += widths[c];
            }

            edges.Add(edges[^1] + rowHeight + ((lines - 1) * cellPitch));
        }

        for (var r = 0; r < edges.Count; r++)
        {
            if (ruleEveryRow || r <= 1 || r == edges.Count - 1)
            {
                Graphics.DrawLine(pen, left, edges[r], left + total, edges[r]);
            }
        }

        var edge = left;
        foreach (var width in widths.Prepend(0))
        {
            edge += width;
            Graphics.DrawLine(pen, edge, top, edge, edges[^1]);
        }

        y = edges[^1] + 4;
        return this;
    }

    /// <summary>
    /// A paragraph set ragged right, line by line at <paramref name="pitch"/>, followed by <paramref name="spaceAfter"/>
    /// of extra space (as word processors space paragraphs apart).
    /// </summary>
    public PdfFixtureWriter RaggedParagraph(double pitch, double spaceAfter, params string[] lines)
    {
        foreach (var line in lines)
        {
            y += pitch;
            Draw(line, Font(BodySize), left, y);
        }

        y += spaceAfter;
        return this;
    }

    /// <summary>A footnote at the bottom of the current page, under a short separator rule.</summary>
    public PdfFixtureWriter Footnote(string marker, string text)
    {
        Graphics.DrawLine(new XPen(XColors.Black, 0.5), PageLeft, FootnoteBaseline - 14, PageLeft + 140, FootnoteBaseline - 14);
        Draw(marker, Font(6), PageLeft, FootnoteBaseline - 4);
        Draw(text, Font(9), PageLeft + 6, FootnoteBaseline);
        return this;
    }

    /// <summary>Two columns side by side from the current position; the page continues under the longer one.</summary>
    public PdfFixtureWriter Columns(Action<PdfFixtureWriter> first, Action<PdfFixtureWriter> second, double gutter = 24)
    {
        var start = y;
        var middle = (PageLeft + PageRight) / 2;
        (left, right) = (PageLeft, middle - (gutter / 2));
        first(this);
        var firstEnd = y;
        (y, left, right) = (start, middle + (gutter / 2), PageRight);
        second(this);
        (y, left, right) = (Math.Max(firstEnd, y), PageLeft, PageRight);
        return this;
    }

    /// <summary>Any string at a position (top-down page coordinates), for unusual content.</summary>
    public PdfFixtureWriter Text(string text, double x, double baseline, double size = BodySize, bool bold = false)
    {
        Draw(text, Font(size, bold), x, baseline);
        return this;
    }

    /// <summary>Moves the writing position down by <paramref name="points"/> (after text drawn with <see cref="Text"/>).</summary>
    public PdfFixtureWriter Advance(double points)
    {
        y += points;
        return this;
    }

    public PdfFixtureWriter Draw(Action<XGraphics> draw)
    {
        draw(Graphics);
        return this;
    }

    public byte[] Save()
    {
        graphics?.Dispose();
        graphics = null;
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    private XGraphics Graphics => graphics ?? throw new InvalidOperationException("The fixture was saved.");

    private static XFont Font(double size, bool bold = false) =>
        new(CorpusFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private void Draw(string text, XFont font, double x, double baseline) =>
        Graphics.DrawString(text, font, XBrushes.Black, x, baseline);

    private void DrawWords(string[] words, bool justify)
    {
        var font = Font(BodySize);
        var marker = Font(7);
        var widths = words.Select(w => Width(w, font, marker)).ToArray();
        var space = 0.32 * BodySize;
        if (justify && words.Length > 1)
        {
            space = (right - left - widths.Sum()) / (words.Length - 1);
        }

        if (space < 0.2 * BodySize || left + widths.Sum() > right)
        {
            throw new InvalidOperationException($"Fixture line too long for its column: '{string.Join(' ', words)}'.");
        }

        var x = left;
        for (var i = 0; i < words.Length; i++)
        {
            var parts = words[i].Split('^');
            Draw(parts[0], font, x, y);
            if (parts.Length > 1)
            {
                Draw(parts[1], marker, x + Graphics.MeasureString(parts[0], font).Width, y - 4);
            }

            x += widths[i] + space;
        }
    }

    private double Width(string word, XFont font, XFont marker)
    {
        var parts = word.Split('^');
        return Graphics.MeasureString(parts[0], font).Width + (parts.Length > 1 ? Graphics.MeasureString(parts[1], marker).Width : 0);
    }
}
