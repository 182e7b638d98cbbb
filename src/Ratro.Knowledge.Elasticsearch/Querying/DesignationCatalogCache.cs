using Elastic.Clients.Elasticsearch;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// The catalog of indexed designations the recognizer looks queries up in, read from the edition documents (all
/// pages) and kept for <see cref="ElasticsearchOptions.CatalogRefreshSeconds"/>; a write through this engine renews it
/// at once, a write by another process within that time.
/// </summary>
public sealed class DesignationCatalogCache(ServerCalls server, string index, TimeSpan lifetime, TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Entry? current;

    public void Invalidate() => current = null;

    public async Task<DesignationCatalog> GetAsync(CancellationToken cancellationToken)
    {
        if (current is { } fresh && Fresh(fresh))
        {
            return fresh.Catalog;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } again && Fresh(again))
            {
                return again.Catalog;
            }

            var catalog = await ReadAsync(cancellationToken);
            current = new Entry(catalog, time.GetUtcNow());
            return catalog;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool Fresh(Entry entry) => time.GetUtcNow() - entry.Read < lifetime;

    private async Task<DesignationCatalog> ReadAsync(CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var request = CatalogSearch.Page(index, after);
            var response = await server.CallAsync(
                "reading the designations of indexed documents", (c, t) => c.SearchAsync<IndexedDocument>(request, t), cancellationToken);
            foreach (var doc in response.Documents)
            {
                if (!documents.TryGetValue(doc.Canonical, out var set))
                {
                    documents[doc.Canonical] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(doc.Designations ?? []);
            }

            if (response.Hits.Count < CatalogSearch.PageSize || response.Hits.Last().Sort?.FirstOrDefault() is not { } last)
            {
                break;
            }

            after = last.TryGetString(out var text) ? text : null;
            if (after is null)
            {
                break;
            }
        }

        return new DesignationCatalog(documents.Select(p => (p.Key, (IReadOnlyList<string>)p.Value.Order(StringComparer.Ordinal).ToList())));
    }

    private sealed record Entry(DesignationCatalog Catalog, DateTimeOffset Read);
}
