namespace Ratro.Knowledge.Ingestion;

/// <summary>A file that cannot be ingested, with the reason and a message a person understands.</summary>
public sealed class IngestionException : Exception
{
    public IngestionException(IngestionFailure failure, string message)
        : base(message)
    {
        Failure = failure;
    }

    public IngestionException(IngestionFailure failure, string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public IngestionFailure Failure { get; }
}
