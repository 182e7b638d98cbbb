namespace Ratro.Knowledge.Documents;

/// <summary>The original file an edition was ingested from; the bytes live in the file store under <see cref="Sha256"/>.</summary>
public sealed class SourceFile
{
    public string FileName { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>"pdf", "docx", "markdown" or "text".</summary>
    public string Format { get; set; } = "";

    public string MediaType { get; set; } = "application/octet-stream";
}
