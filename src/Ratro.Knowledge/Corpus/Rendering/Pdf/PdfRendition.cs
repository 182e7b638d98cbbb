namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>A rendered PDF and its page count.</summary>
public sealed record PdfRendition(byte[] Bytes, int Pages);
