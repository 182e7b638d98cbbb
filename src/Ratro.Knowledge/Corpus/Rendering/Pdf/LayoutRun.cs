namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>Text set in one font inside a word: ordinary text, or a raised footnote mark (<see cref="Label"/> names its footnote).</summary>
internal sealed record LayoutRun(string Text, string? Label, double Width)
{
    public bool IsMark => Label is not null;
}
