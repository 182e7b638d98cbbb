namespace Ratro.Knowledge.Corpus.Rendering;

/// <summary>Which renditions of a corpus document to write.</summary>
[Flags]
public enum RenderFormats
{
    None = 0,
    Pdf = 1,
    Docx = 2,
    Both = Pdf | Docx,
}
