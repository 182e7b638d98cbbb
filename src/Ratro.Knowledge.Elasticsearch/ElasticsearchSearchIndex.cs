using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Querying;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Elasticsearch.Writing;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch;

/// <summary>
/// The search index on an Elasticsearch cluster (see docs/scale-out.md): one index document per edition and per clause
/// behind the alias <c>&lt;prefix&gt;-clauses</c>; searches group them into documents on the server. The index is made
/// ready (template, first index, alias) on first use; writes through one engine are serialized, and a rebuild swaps
/// a freshly filled index in atomically.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly SemaphoreSlim readyGate = new(1, 1);
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly ElasticsearchEngineParts parts;
    private readonly ServerCalls server;
    private readonly ILogger logger;
    private readonly IndexSetup setup;
    private readonly DesignationCatalogCache catalog;
    private readonly DocumentWriter writer;
    private readonly IndexRebuilder rebuilder;
    private volatile IndexState? state;
    private volatile SearchEngineHealth health;

    public ElasticsearchSearchIndex(ElasticsearchEngineParts parts, ServerCalls server, ILogger logger)
    {
        this.parts = parts;
        this.server = server;
        this.logger = logger;
        setup = new IndexSetup(server, parts.Names, parts.Options, parts.Dimensions);
        catalog = new DesignationCatalogCache(server, parts.Names.Alias, TimeSpan.FromSeconds(parts.Options.CatalogRefreshSeconds), parts.Time);
        writer = new DocumentWriter(parts, server);
        rebuilder = new IndexRebuilder(parts, server, setup, logger);
        health = HealthOf(null);
    }

    public string EngineName => ElasticsearchEngineFactory.EngineName;

    /// <summary>The Russian analysis and the warnings are known once the cluster has been reached (see <see cref="EnsureReadyAsync"/>).</summary>
    public SearchEngineHealth Health => health;

    public IndexNames Names => parts.Names;

    /// <summary>Puts the template and creates the index and alias when missing (once per engine; again after a failure).</summary>
    public async Task<IndexState> EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (state is { } ready)
        {
            return ready;
        }

        await readyGate.WaitAsync(cancellationToken);
        try
        {
            return state ?? Update(await setup.EnsureAsync(cancellationToken));
        }
        finally
        {
            readyGate.Release();
        }
    }

    public async Task ReplaceDocumentAsync(string canonical, IReadOnlyList<NormativeDocument> editions, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        if (editions.Any(e => e.Canonical != canonical))
        {
            throw new ArgumentException($"every edition must have the canonical designation '{canonical}'", nameof(editions));
        }

        var ready = await EnsureReadyAsync(cancellationToken);
        await WriteAsync(() => writer.ReplaceAsync(canonical, editions, ready.VectorsUsable, cancellationToken), cancellationToken);
    }

    public async Task DeleteDocumentAsync(string canonical, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        await WriteAsync(() => writer.DeleteAsync(canonical, cancellationToken), cancellationToken);
    }

    public async Task<RebuildReport> RebuildAsync(IAsyncEnumerable<NormativeDocument> editions, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        RebuildReport? report = null;
        await WriteAsync(async () => report = await rebuilder.RebuildAsync(editions, cancellationToken), cancellationToken);
        Update(await setup.ReadStateAsync(cancellationToken));
        return report!;
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var ready = await EnsureReadyAsync(cancellationToken);
        return await new SearchRun(parts, server, catalog, ready).RunAsync(query, cancellationToken);
    }

    /// <summary>Deletes every index of this engine's prefix and its template (tests, decommissioning); the next use recreates them.</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(() => setup.DropAsync(cancellationToken), cancellationToken);
        state = null;
        catalog.Invalidate();
    }

    public ValueTask DisposeAsync()
    {
        readyGate.Dispose();
        writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WriteAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await write();
        }
        finally
        {
            catalog.Invalidate();
            writeGate.Release();
        }
    }

    private IndexState Update(IndexState found)
    {
        state = found;
        health = HealthOf(found);
        foreach (var warning in found.Warnings)
        {
            logger.LogWarning("Search: {Warning}", warning);
        }

        return found;
    }

    private SearchEngineHealth HealthOf(IndexState? found) => new(
        EngineName,
        found?.Morphology ?? $"not known yet: {parts.Options.Url} not reached",
        parts.Expander?.TermCount ?? 0,
        parts.Embedder?.Description ?? "none",
        new[] { parts.GlossaryProblem }.OfType<string>().Concat(found?.Warnings ?? []).ToList());
}
