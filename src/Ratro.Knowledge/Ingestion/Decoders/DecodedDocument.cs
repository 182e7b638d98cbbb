namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>What a decoder read from a file: blocks in reading order, page count, file properties and notes.</summary>
public sealed record DecodedDocument
{
    public required SourceFormat Format { get; init; }

    public required IReadOnlyList<DecodedBlock> Blocks { get; init; }

    /// <summary>Number of pages; 0 for formats without pages.</summary>
    public int PageCount { get; init; }

    /// <summary>Metadata the file carries: Markdown front matter keys, PDF/DOCX "title", "author", "subject".</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    /// <summary>Things the decoder noticed but could cope with (a table it could not split into cells …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
