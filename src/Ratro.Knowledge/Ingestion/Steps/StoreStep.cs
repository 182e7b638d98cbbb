using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>Assembles the record and stores it in one transaction (new document, new edition or replaced file).</summary>
public sealed class StoreStep(DocumentStore store) : IIngestionStep
{
    public string Name => "store";

    public async ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        var document = DocumentAssembler.Assemble(context);
        var (status, stored) = await store.SaveAsync(document, context.Content, cancellationToken);
        context.Document = stored;
        context.Status = status;
        return true;
    }
}
