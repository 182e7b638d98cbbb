namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>A paragraph whose number Word draws: list instance (numId), level (ilvl) and the text after the number.</summary>
internal sealed record NumberedParagraph(int NumberingId, int Level, string Text);
