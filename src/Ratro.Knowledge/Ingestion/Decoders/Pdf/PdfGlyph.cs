namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// One drawn character in reading coordinates: x grows along the text direction, <see cref="Baseline"/>
/// grows upwards (so for rotated pages the text reads as if the page were turned upright).
/// </summary>
internal readonly record struct PdfGlyph(string Value, double Left, double Right, double Baseline, double Size, bool Bold)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Value);
}
