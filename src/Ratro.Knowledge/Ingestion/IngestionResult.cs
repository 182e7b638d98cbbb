using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion;

/// <summary>The outcome for one file, as the CLI and the web report it.</summary>
public sealed record IngestionResult
{
    public required string File { get; init; }

    public required IngestionStatus Status { get; init; }

    public string? Designation { get; init; }

    public string? Canonical { get; init; }

    public Guid? DocumentId { get; init; }

    public int Pages { get; init; }

    public int Clauses { get; init; }

    public int Relations { get; init; }

    public IngestionFailure? Failure { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IReadOnlyList<ReviewFlag> ReviewFlags { get; init; } = [];

    public static IngestionResult Failed(string file, IngestionException exception) => new()
    {
        File = file,
        Status = exception.Failure == IngestionFailure.NoTextLayer ? IngestionStatus.NeedsOcr : IngestionStatus.Failed,
        Failure = exception.Failure,
        Error = exception.Message,
    };
}
