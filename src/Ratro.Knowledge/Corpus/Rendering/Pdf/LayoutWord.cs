namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>A word between spaces, possibly carrying a footnote mark ("лет¹").</summary>
internal sealed record LayoutWord(IReadOnlyList<LayoutRun> Runs)
{
    public double Width => Runs.Sum(r => r.Width);
}
