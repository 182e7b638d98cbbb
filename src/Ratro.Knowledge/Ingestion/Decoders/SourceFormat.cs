namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>File formats ingestion understands.</summary>
public enum SourceFormat
{
    Pdf,
    Docx,
    Markdown,
    Text,
}
