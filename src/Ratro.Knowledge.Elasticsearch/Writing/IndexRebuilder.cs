using System.Diagnostics;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Writing;

/// <summary>
/// Zero-downtime rebuild: fills a new concrete index (from the current template, refresh off while it fills), then in
/// one <c>_aliases</c> call moves the alias from the old index to the new one, then deletes the old index. Searches
/// use the old index until the swap; a failed fill deletes the new index and leaves the old one serving.
/// </summary>
public sealed class IndexRebuilder(ElasticsearchEngineParts parts, ServerCalls server, IndexSetup setup, ILogger logger)
{
    private readonly BulkWriter bulk = new(server, parts.Options.BulkBatchSize);

    public async Task<RebuildReport> RebuildAsync(IAsyncEnumerable<NormativeDocument> editions, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await setup.PutTemplateAsync(cancellationToken);
        var old = await setup.AliasedIndicesAsync(cancellationToken);
        var at = parts.Time.GetUtcNow();
        var index = parts.Names.Concrete(at);
        while (old.Contains(index))
        {
            at = at.AddMilliseconds(1);
            index = parts.Names.Concrete(at);
        }

        var create = WriteRequests.CreateForRebuild(index);
        await server.CallAsync($"creating index '{index}'", (c, t) => c.Indices.CreateAsync(create, t), cancellationToken);
        RebuildReport report;
        try
        {
            report = await FillAsync(index, editions, cancellationToken);
            await server.CallAsync($"resuming refresh of '{index}'", (c, t) => c.Indices.PutSettingsAsync(WriteRequests.ResumeRefresh(index), t), cancellationToken);
            await server.CallAsync($"refreshing '{index}'", (c, t) => c.Indices.RefreshAsync(new RefreshRequest(index), t), cancellationToken);
            old = await setup.AliasedIndicesAsync(cancellationToken);
            var swap = WriteRequests.SwapAlias(parts.Names.Alias, old, index);
            await server.CallAsync($"moving alias '{parts.Names.Alias}' to '{index}'", (c, t) => c.Indices.UpdateAliasesAsync(swap, t), cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await DeleteQuietlyAsync(index);
            throw;
        }

        foreach (var stale in old)
        {
            await DeleteQuietlyAsync(stale);
        }

        return report with { Elapsed = clock.Elapsed };
    }

    private async Task<RebuildReport> FillAsync(string index, IAsyncEnumerable<NormativeDocument> editions, CancellationToken cancellationToken)
    {
        var (documents, editionCount, clauses, vectors) = (0, 0, 0, 0);
        var batch = parts.NewBatch().ToString("N");
        var buffer = new List<IndexedDocument>();
        var group = new List<NormativeDocument>();

        async Task FlushGroupAsync()
        {
            if (group.Count == 0)
            {
                return;
            }

            var mapped = parts.Mapper.Map(group);
            var embedded = await Embeddings.OfAsync(parts.Embedder, mapped, cancellationToken);
            buffer.AddRange(mapped.SelectMany(d => IndexedDocumentFactory.Create(d, batch, embedded)));
            (documents, editionCount, clauses, vectors) = (documents + 1, editionCount + group.Count, clauses + mapped.Sum(d => d.Clauses.Count), vectors + embedded.Count);
            group.Clear();
            if (buffer.Count >= parts.Options.BulkBatchSize)
            {
                await bulk.WriteAsync(index, buffer, null, cancellationToken);
                buffer.Clear();
            }
        }

        await foreach (var edition in editions.WithCancellation(cancellationToken))
        {
            if (group.Count > 0 && group[0].Canonical != edition.Canonical)
            {
                await FlushGroupAsync();
            }

            group.Add(edition);
        }

        await FlushGroupAsync();
        await bulk.WriteAsync(index, buffer, null, cancellationToken);
        return new RebuildReport(documents, editionCount, clauses, vectors, TimeSpan.Zero);
    }

    private async Task DeleteQuietlyAsync(string index)
    {
        try
        {
            await server.CallAsync($"deleting index '{index}'", (c, t) => c.Indices.DeleteAsync(new DeleteIndexRequest(index), t), CancellationToken.None, 404);
        }
        catch (SearchEngineException e)
        {
            logger.LogWarning(e, "Search: index {Index} could not be deleted; delete it by hand", index);
        }
    }
}
