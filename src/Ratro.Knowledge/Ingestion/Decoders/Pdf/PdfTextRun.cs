namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Words on one baseline separated by ordinary word spaces. A wide gap (a table cell boundary, a column
/// gutter, a tab stop) ends a run, so a line can hold several runs.
/// </summary>
/// <param name="Words">The words, left to right.</param>
/// <param name="FontSize">The size of most of the run's characters.</param>
/// <param name="Characters">Number of non-space characters.</param>
/// <param name="BoldCharacters">How many of them are bold.</param>
internal sealed record PdfTextRun(IReadOnlyList<PdfWord> Words, double FontSize, int Characters, int BoldCharacters)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public string Text { get; } = Words.Count == 1 ? Words[0].Text : string.Join(' ', Words.Select(w => w.Text));
}
