namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// A line of text on a page: one or more runs on a shared baseline, in reading coordinates.
/// <see cref="FontSize"/> and <see cref="Bold"/> describe most of its characters (a superscript or a
/// bold lead-in does not change them).
/// </summary>
internal sealed class PdfLine
{
    private const double BoldShare = 0.6;

    public PdfLine(IReadOnlyList<PdfTextRun> runs, double baseline, int column = 0)
    {
        Runs = runs;
        Baseline = baseline;
        Column = column;
        Text = runs.Count == 1 ? runs[0].Text : string.Join(' ', runs.Select(r => r.Text));
        var characters = 0;
        var bold = 0;
        var largest = 0;
        foreach (var run in runs)
        {
            characters += run.Characters;
            bold += run.BoldCharacters;
            if (run.Characters > largest)
            {
                largest = run.Characters;
                FontSize = run.FontSize;
            }
        }

        Bold = characters > 0 && bold >= BoldShare * characters;
    }

    public IReadOnlyList<PdfTextRun> Runs { get; }

    public string Text { get; }

    public double Baseline { get; }

    public double FontSize { get; }

    public bool Bold { get; }

    /// <summary>0 for single-column text and the left column, 1 for the right column of a two-column page.</summary>
    public int Column { get; }

    public double Left => Runs[0].Left;

    public double Right => Runs[^1].Right;
}
