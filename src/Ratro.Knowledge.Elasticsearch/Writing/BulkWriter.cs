using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Writing;

/// <summary>
/// Indexes documents in bulk requests of <see cref="ElasticsearchOptions.BulkBatchSize"/>, by id (re-indexing a
/// document overwrites it). Any rejected item fails the whole write with a <see cref="SearchEngineException"/> naming
/// the first rejections — a partial bulk is never reported as success.
/// </summary>
public sealed class BulkWriter(ServerCalls server, int batchSize)
{
    public const int FailuresShown = 5;

    /// <param name="index">Index or alias written to.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="refresh">Refresh policy of every request (<c>wait_for</c>: searchable when the call returns).</param>
    /// <param name="cancellationToken">Cancels between requests.</param>
    public async Task WriteAsync(string index, IReadOnlyList<IndexedDocument> documents, Refresh? refresh, CancellationToken cancellationToken)
    {
        foreach (var batch in documents.Chunk(batchSize))
        {
            var request = Request(index, batch, refresh);
            var response = await server.CallAsync(
                $"indexing {batch.Length} documents into '{index}'", (c, t) => c.BulkAsync(request, t), cancellationToken, 200);
            ThrowOnRejections(response, index, batch.Length);
        }
    }

    public static BulkRequest Request(string index, IReadOnlyList<IndexedDocument> documents, Refresh? refresh)
    {
        var operations = new BulkOperationsCollection();
        foreach (var document in documents)
        {
            operations.Add(new BulkIndexOperation<IndexedDocument>(document) { Id = document.Id });
        }

        return new BulkRequest(index) { Refresh = refresh, Operations = operations };
    }

    public static void ThrowOnRejections(BulkResponse response, string index, int sent)
    {
        var rejected = response.Items.Where(i => i.Error is not null || i.Status >= 300).ToList();
        if (!response.Errors && rejected.Count == 0)
        {
            return;
        }

        var first = rejected.Take(FailuresShown)
            .Select(i => $"{i.Id}: HTTP {i.Status} {i.Error?.Type}: {i.Error?.Reason}{(i.Error?.CausedBy is { } cause ? $" ({cause.Type}: {cause.Reason})" : "")}");
        throw new SearchEngineException(
            $"Elasticsearch rejected {rejected.Count} of {sent} documents written to '{index}'; the index is incomplete until they are written again. " +
            $"First rejections: {string.Join("; ", first)}.");
    }
}
