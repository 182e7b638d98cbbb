namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>One line of wrapped text: its words, their width with single spaces between them, and the footnote marks it carries.</summary>
internal sealed record LayoutLine(IReadOnlyList<LayoutWord> Words, double Width)
{
    public IEnumerable<string> Marks => Words.SelectMany(w => w.Runs).Select(r => r.Label).OfType<string>();
}
