using System.Text;
using PdfSharp.Drawing;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Draws a wrapped line. Words and the single spaces between them are drawn as one string per font
/// change, so the PDF holds real space characters and text extraction keeps the word spacing.
/// </summary>
internal static class LineDrawer
{
    public static void Draw(XGraphics graphics, LayoutLine line, TextStyle style, double x, double baseline)
    {
        var buffer = new StringBuilder();
        var cursor = x;
        for (var i = 0; i < line.Words.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(' ');
            }

            foreach (var run in line.Words[i].Runs)
            {
                if (!run.IsMark)
                {
                    buffer.Append(run.Text);
                    continue;
                }

                cursor = Flush(graphics, buffer, style.Font, cursor, baseline);
                graphics.DrawString(run.Text, style.MarkFont, XBrushes.Black, new XPoint(cursor, baseline - style.MarkRise), XStringFormats.BaseLineLeft);
                cursor += run.Width;
            }
        }

        Flush(graphics, buffer, style.Font, cursor, baseline);
    }

    private static double Flush(XGraphics graphics, StringBuilder buffer, XFont font, double x, double baseline)
    {
        if (buffer.Length == 0)
        {
            return x;
        }

        var text = buffer.ToString();
        buffer.Clear();
        graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, baseline), XStringFormats.BaseLineLeft);
        return x + graphics.MeasureString(text, font).Width;
    }
}
