using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>Page geometry and type sizes of a rendition: A4, body 10 pt, headings bold and larger, notes and header 8 pt.</summary>
internal sealed class PdfTheme
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 62;
    public const double Right = 48;
    public const double Top = 68;
    public const double Bottom = 66;
    public const double ParagraphGap = 5;

    public PdfTheme(string family)
    {
        Body = new TextStyle(Font(family, 10, false), Font(family, 6.5, false));
        Heading1 = new TextStyle(Font(family, 13, true), Font(family, 8, true));
        Heading2 = new TextStyle(Font(family, 11.5, true), Font(family, 7, true));
        Heading3 = new TextStyle(Font(family, 10.5, true), Font(family, 6.5, true));
        Title = new TextStyle(Font(family, 15, true), Font(family, 9, true));
        Designation = new TextStyle(Font(family, 11, true), Font(family, 7, true));
        Subtitle = new TextStyle(Font(family, 10.5, false), Font(family, 6.5, false));
        Note = new TextStyle(Font(family, 8, false), Font(family, 5.5, false));
        Cell = new TextStyle(Font(family, 9, false), Font(family, 6, false));
        HeaderCell = new TextStyle(Font(family, 9, true), Font(family, 6, true));
    }

    public static double ContentWidth => PageWidth - Left - Right;

    public static double ContentBottom => PageHeight - Bottom;

    public TextStyle Body { get; }

    public TextStyle Heading1 { get; }

    public TextStyle Heading2 { get; }

    public TextStyle Heading3 { get; }

    public TextStyle Title { get; }

    public TextStyle Designation { get; }

    public TextStyle Subtitle { get; }

    /// <summary>Footnotes, the running header and the page number.</summary>
    public TextStyle Note { get; }

    public TextStyle Cell { get; }

    public TextStyle HeaderCell { get; }

    public TextStyle Heading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    private static XFont Font(string family, double size, bool bold) =>
        new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
}
