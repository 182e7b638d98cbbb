namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// A horizontal or vertical line drawn on a page (a table border), in reading coordinates:
/// <see cref="At"/> is its y (horizontal) or x (vertical); it runs from <see cref="Start"/> to <see cref="End"/>.
/// </summary>
internal readonly record struct PdfRuling(bool Horizontal, double At, double Start, double End);
