using Microsoft.Extensions.Logging;

namespace Ratro.Knowledge.Ingestion;

/// <summary>
/// Runs the named steps (read → decode → structure → metadata → link → store → index) for each file.
/// A file that fails gets a result with the reason; the batch continues; the store is as it was.
/// </summary>
public sealed class IngestionPipeline(IEnumerable<IIngestionStep> steps, ILogger<IngestionPipeline> logger)
{
    private readonly IReadOnlyList<IIngestionStep> steps = steps.ToList();

    public IReadOnlyList<string> StepNames => steps.Select(s => s.Name).ToList();

    public async Task<IngestionResult> IngestAsync(IngestionRequest request, CancellationToken cancellationToken)
    {
        var context = new IngestionContext(request);
        var step = "";
        try
        {
            foreach (var current in steps)
            {
                step = current.Name;
                if (!await current.ExecuteAsync(context, cancellationToken))
                {
                    break;
                }
            }
        }
        catch (IngestionException e)
        {
            logger.LogWarning("Ingestion of {File} failed at step {Step}: {Failure}: {Reason}", request.FileName, step, e.Failure, e.Message);
            return IngestionResult.Failed(request.FileName, e);
        }

        return Result(context);
    }

    public async IAsyncEnumerable<IngestionResult> IngestAllAsync(
        IEnumerable<IngestionRequest> requests, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var request in requests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await IngestAsync(request, cancellationToken);
        }
    }

    private static IngestionResult Result(IngestionContext context)
    {
        var document = context.Document;
        return new IngestionResult
        {
            File = context.Request.FileName,
            Status = context.Status ?? IngestionStatus.Ingested,
            Designation = document?.Designation,
            Canonical = document?.Canonical,
            DocumentId = document?.Id,
            Pages = document?.PageCount ?? context.Decoded?.PageCount ?? 0,
            Clauses = document?.Clauses.Count ?? context.Clauses.Count,
            Relations = document?.Relations.Count ?? 0,
            Warnings = context.Warnings.ToList(),
            ReviewFlags = document?.ReviewFlags ?? [],
        };
    }
}
