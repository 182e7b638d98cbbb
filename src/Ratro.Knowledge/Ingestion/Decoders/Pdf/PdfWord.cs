namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>A word of a line with its horizontal extent (reading coordinates).</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline);
