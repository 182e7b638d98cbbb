using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>The same bytes ingested before change nothing: the pipeline ends with status unchanged.</summary>
public sealed class UnchangedCheckStep(DocumentStore store) : IIngestionStep
{
    public string Name => "dedupe";

    public async ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        var existing = await store.FindBySha256Async(context.Sha256, cancellationToken);
        if (existing is null)
        {
            return true;
        }

        context.Document = existing;
        context.Status = IngestionStatus.Unchanged;
        return false;
    }
}
