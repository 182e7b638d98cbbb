using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>
/// Tells the projections (search index) that a document changed. The record is already stored; a projection
/// that fails is reported as a warning, and `ratro reindex` rebuilds it from the store. A request that defers its
/// projections (a bulk load, which rebuilds the index at its end) is passed over.
/// </summary>
public sealed class IndexStep(IEnumerable<IDocumentChangeListener> listeners, ILogger<IndexStep> logger) : IIngestionStep
{
    public string Name => "index";

    public async ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        if (context.Request.DeferProjections)
        {
            return true;
        }

        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnDocumentChangedAsync(context.Document!.Canonical, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Projection {Listener} failed for {Canonical}", listener.GetType().Name, context.Document!.Canonical);
                context.Warnings.Add($"the search index was not updated ({e.Message}); run 'ratro reindex'");
            }
        }

        return true;
    }
}
