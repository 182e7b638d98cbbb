namespace Ratro.Knowledge.Corpus.Rendering;

/// <summary>A piece of paragraph text: plain text, or the reference mark of a footnote (<see cref="FootnoteLabel"/> set, <see cref="Text"/> the mark shown).</summary>
public readonly record struct TextPiece(string Text, string? FootnoteLabel)
{
    public bool IsFootnoteMark => FootnoteLabel is not null;
}
