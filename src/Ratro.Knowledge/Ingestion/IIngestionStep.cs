namespace Ratro.Knowledge.Ingestion;

/// <summary>One named step of the ingestion pipeline. Returns false to end the pipeline early (e.g. the file is unchanged).</summary>
public interface IIngestionStep
{
    string Name { get; }

    ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken);
}
