using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion;

/// <summary>One file to ingest: from a path, or from bytes already in memory (web upload), with editorial overrides.</summary>
public sealed record IngestionRequest
{
    /// <summary>The file name shown in results and kept with the record.</summary>
    public required string FileName { get; init; }

    /// <summary>Where to read the file from; null when <see cref="Content"/> is given.</summary>
    public string? Path { get; init; }

    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>Access level to apply instead of the one found in metadata.</summary>
    public AccessLevel? Access { get; init; }

    /// <summary>Published for batch ingestion; Draft for uploads awaiting review.</summary>
    public PublicationState State { get; init; } = PublicationState.Published;

    /// <summary>
    /// Skip the projection of this file's document (search index, caches): a bulk load sets it on every file and
    /// rebuilds the index once at the end, which is far cheaper than a commit per document.
    /// </summary>
    public bool DeferProjections { get; init; }

    public static IngestionRequest FromPath(string path) => new() { FileName = System.IO.Path.GetFileName(path), Path = path };
}
