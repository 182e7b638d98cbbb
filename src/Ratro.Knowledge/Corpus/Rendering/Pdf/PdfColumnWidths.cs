using PdfSharp.Drawing;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Sizes table columns from their content: every column gets at least its longest word; what is left of
/// the width goes to the columns in proportion to how much more their longest cell wants.
/// </summary>
internal sealed class PdfColumnWidths(XGraphics measure, TextStyle style, double padding)
{
    public double[] For(IReadOnlyList<IReadOnlyList<string>> rows, double total)
    {
        var columns = rows.Max(r => r.Count);
        var minimum = new double[columns];
        var desired = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            foreach (var row in rows)
            {
                var text = row[c];
                desired[c] = Math.Max(desired[c], Measure(text) + (2 * padding));
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    minimum[c] = Math.Max(minimum[c], Math.Min(Measure(word), total / 2) + (2 * padding));
                }
            }

            minimum[c] = Math.Max(minimum[c], 24);
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

    private double Measure(string text) => text.Length == 0 ? 0 : measure.MeasureString(text, style.Font).Width;
}
