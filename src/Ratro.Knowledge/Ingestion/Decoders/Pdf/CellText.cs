using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>Collects the words that fall in a table cell and reads them back line by line.</summary>
internal sealed class CellText
{
    private readonly List<PdfWord> words = [];

    public void Add(PdfWord word) => words.Add(word);

    public string Read(double fontSize)
    {
        if (words.Count == 0)
        {
            return "";
        }

        words.Sort(static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var text = new StringBuilder();
        var line = new StringBuilder();
        var baseline = words[0].Baseline;
        foreach (var word in words)
        {
            if (baseline - word.Baseline > 0.5 * fontSize)
            {
                LineJoiner.Append(text, line.ToString());
                line.Clear();
                baseline = word.Baseline;
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word.Text);
        }

        LineJoiner.Append(text, line.ToString());
        return text.ToString();
    }
}
