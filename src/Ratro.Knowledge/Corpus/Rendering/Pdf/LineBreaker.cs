using System.Text;
using PdfSharp.Drawing;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Wraps text into lines of a given width, word by word. A word is never broken when it fits on a line of its
/// own; a word longer than a whole line (a long identifier in a narrow cell) is broken by letters, every piece
/// but the last ending with a hyphen, so a reader sees the break.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Measuring slack, so a word exactly as wide as the line counts as fitting.</summary>
    public const double Tolerance = 0.01;

    public static IReadOnlyList<LayoutLine> Break(IReadOnlyList<TextPiece> pieces, TextStyle style, double width, XGraphics measure)
    {
        var space = measure.MeasureString(" ", style.Font).Width;
        var lines = new List<LayoutLine>();
        var current = new List<LayoutWord>();
        var currentWidth = 0.0;
        foreach (var word in Words(pieces, style, width, measure))
        {
            var added = current.Count == 0 ? word.Width : currentWidth + space + word.Width;
            if (current.Count > 0 && added > width + Tolerance)
            {
                lines.Add(new LayoutLine(current, currentWidth));
                current = [];
                added = word.Width;
            }

            current.Add(word);
            currentWidth = added;
        }

        if (current.Count > 0)
        {
            lines.Add(new LayoutLine(current, currentWidth));
        }

        return lines;
    }

    public static IReadOnlyList<LayoutLine> Break(string text, TextStyle style, double width, XGraphics measure) =>
        Break([new TextPiece(text, null)], style, width, measure);

    private static IEnumerable<LayoutWord> Words(IReadOnlyList<TextPiece> pieces, TextStyle style, double width, XGraphics measure)
    {
        var runs = new List<LayoutRun>();
        foreach (var piece in pieces)
        {
            if (piece.IsFootnoteMark)
            {
                runs.Add(new LayoutRun(piece.Text, piece.FootnoteLabel, measure.MeasureString(piece.Text, style.MarkFont).Width));
                continue;
            }

            var parts = piece.Text.Replace('\n', ' ').Replace('\t', ' ').Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0 && runs.Count > 0)
                {
                    foreach (var word in Cut(new LayoutWord(runs), style, width, measure))
                    {
                        yield return word;
                    }

                    runs = [];
                }

                if (parts[i].Length > 0)
                {
                    runs.Add(new LayoutRun(parts[i], null, measure.MeasureString(parts[i], style.Font).Width));
                }
            }
        }

        if (runs.Count > 0)
        {
            foreach (var word in Cut(new LayoutWord(runs), style, width, measure))
            {
                yield return word;
            }
        }
    }

    /// <summary>Cuts a word wider than the line into hyphenated pieces that fit (long identifiers, addresses).</summary>
    private static IEnumerable<LayoutWord> Cut(LayoutWord word, TextStyle style, double width, XGraphics measure)
    {
        if (word.Width <= width + Tolerance || word.Runs.Count != 1 || word.Runs[0].IsMark)
        {
            yield return word;
            yield break;
        }

        var piece = new StringBuilder();
        foreach (var c in word.Runs[0].Text)
        {
            if (piece.Length > 0 && measure.MeasureString(piece.ToString() + c + "-", style.Font).Width > width + Tolerance)
            {
                yield return Single(piece[^1] == '-' ? piece.ToString() : piece.Append('-').ToString(), style, measure);
                piece.Clear();
            }

            piece.Append(c);
        }

        if (piece.Length > 0)
        {
            yield return Single(piece.ToString(), style, measure);
        }
    }

    private static LayoutWord Single(string text, TextStyle style, XGraphics measure) =>
        new([new LayoutRun(text, null, measure.MeasureString(text, style.Font).Width)]);
}
