using Elastic.Clients.Elasticsearch;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Writing;

/// <summary>
/// Replaces and deletes one document's index documents through the alias. A replace indexes the new documents
/// (searchable when the bulk returns: <c>refresh=wait_for</c>) under a new write batch, then deletes the document's
/// documents of any other batch; so there is no moment with none of the document's editions indexed.
/// </summary>
public sealed class DocumentWriter(ElasticsearchEngineParts parts, ServerCalls server)
{
    private readonly BulkWriter bulk = new(server, parts.Options.BulkBatchSize);

    public async Task ReplaceAsync(string canonical, IReadOnlyList<NormativeDocument> editions, bool vectors, CancellationToken cancellationToken)
    {
        if (editions.Count == 0)
        {
            await DeleteAsync(canonical, cancellationToken);
            return;
        }

        var mapped = parts.Mapper.Map(editions);
        var embedded = vectors ? await Embeddings.OfAsync(parts.Embedder, mapped, cancellationToken) : new Dictionary<Guid, float[]>();
        var batch = parts.NewBatch().ToString("N");
        var documents = mapped.SelectMany(d => IndexedDocumentFactory.Create(d, batch, embedded)).ToList();
        await bulk.WriteAsync(parts.Names.Alias, documents, Refresh.WaitFor, cancellationToken);
        await DeleteAsync(WriteRequests.DeleteDocument(parts.Names.Alias, canonical, batch), $"removing older documents of '{canonical}'", cancellationToken);
    }

    public Task DeleteAsync(string canonical, CancellationToken cancellationToken) =>
        DeleteAsync(WriteRequests.DeleteDocument(parts.Names.Alias, canonical, null), $"deleting '{canonical}'", cancellationToken);

    private async Task DeleteAsync(DeleteByQueryRequest request, string what, CancellationToken cancellationToken)
    {
        var response = await server.CallAsync(what, (c, t) => c.DeleteByQueryAsync(request, t), cancellationToken);
        if (response.Failures is { Count: > 0 } failures)
        {
            var first = failures.Take(BulkWriter.FailuresShown).Select(f => $"{f.Id}: HTTP {f.Status} {f.Cause?.Type}: {f.Cause?.Reason}");
            throw new SearchEngineException($"Elasticsearch failed {what}: {failures.Count} documents were not deleted ({string.Join("; ", first)}).");
        }
    }
}
