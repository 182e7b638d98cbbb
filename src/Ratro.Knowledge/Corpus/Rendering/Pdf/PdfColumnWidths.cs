using PdfSharp.Drawing;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Sizes table columns from their content: every column gets at least its longest word, measured in the font
/// its row is set in (the header row is bold, so wider); what is left of the width goes to the columns in
/// proportion to how much more their longest cell wants. When the longest words alone are wider than the
/// table, the columns share the width in proportion to them (and <see cref="CellFit"/> shrinks the text).
/// </summary>
internal sealed class PdfColumnWidths(XGraphics measure, TextStyle cell, TextStyle header, double padding)
{
    private const double NarrowestColumn = 24;

    public double[] For(IReadOnlyList<IReadOnlyList<string>> rows, bool hasHeader, double total)
    {
        var columns = rows.Max(r => r.Count);
        var minimum = new double[columns];
        var desired = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var font = hasHeader && r == 0 ? header.Font : cell.Font;
                var text = rows[r][c];
                desired[c] = Math.Max(desired[c], Measure(text, font) + (2 * padding));
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    minimum[c] = Math.Max(minimum[c], Math.Min(Measure(word, font), total / 2) + (2 * padding));
                }
            }

            minimum[c] = Math.Max(minimum[c], NarrowestColumn);
            desired[c] = Math.Max(desired[c], minimum[c]);
        }

        return Distribute(minimum, desired, total);
    }

    private static double[] Distribute(double[] minimum, double[] desired, double total)
    {
        var sumMinimum = minimum.Sum();
        if (sumMinimum >= total)
        {
            return minimum.Select(m => m * total / sumMinimum).ToArray();
        }

        var sumDesired = desired.Sum();
        if (sumDesired <= total)
        {
            return desired.Select(d => d * total / sumDesired).ToArray();
        }

        var spare = total - sumMinimum;
        var wants = desired.Zip(minimum, (d, m) => d - m).ToArray();
        var sumWants = wants.Sum();
        return minimum.Select((m, i) => m + (spare * wants[i] / sumWants)).ToArray();
    }

    private double Measure(string text, XFont font) => text.Length == 0 ? 0 : measure.MeasureString(text, font).Width;
}
