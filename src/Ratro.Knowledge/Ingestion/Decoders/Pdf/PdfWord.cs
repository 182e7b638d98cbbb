namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// A word of a line with its horizontal extent (reading coordinates) and the small visible gaps between its
/// glyphs (<see cref="Gaps"/>), where the word may be cut when a table rule runs through it.
/// </summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, IReadOnlyList<WordGap>? Gaps = null);
