namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>A rendered Word document.</summary>
public sealed record DocxRendition(byte[] Bytes);
