using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Web.Uploads;

/// <summary>
/// One uploaded file waiting for or going through ingestion. The bytes are dropped once ingestion ended; the result
/// stays for the status page. State changes come from the worker thread, so they are published with volatile writes.
/// </summary>
public sealed class UploadJob(string fileName, ReadOnlyMemory<byte> content, AccessLevel? access, string uploadedBy, DateTimeOffset uploadedAt)
{
    private volatile UploadState state = UploadState.Queued;
    private volatile IngestionResult? result;

    public Guid Id { get; } = Guid.NewGuid();

    public string FileName { get; } = fileName;

    public AccessLevel? Access { get; } = access;

    public string UploadedBy { get; } = uploadedBy;

    public DateTimeOffset UploadedAt { get; } = uploadedAt;

    public ReadOnlyMemory<byte> Content { get; private set; } = content;

    public UploadState State => state;

    public IngestionResult? Result => result;

    public bool Finished => state is UploadState.Done or UploadState.Failed;

    public void Start() => state = UploadState.Running;

    public void Finish(IngestionResult outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        result = outcome;
        Content = ReadOnlyMemory<byte>.Empty;
        state = outcome.DocumentId is null ? UploadState.Failed : UploadState.Done;
    }
}
