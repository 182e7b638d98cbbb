using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// Clause vectors, int8-quantized, in memory (dimensions + 24 bytes per clause: 384 dims × 500,000 clauses ≈ 204 MB),
/// persisted as an append-only log (<see cref="VectorLog"/>) beside the index, with an HNSW graph over them once
/// they are many (<see cref="VectorSearchOptions.ExactBelow"/>), saved beside the log (<c>vectors.hnsw</c>).
/// <para>
/// <see cref="Flush"/> is the commit point: it makes the log durable, links the rows added since into the graph and,
/// when the graph has grown by a sixteenth since it was last saved (or on dispose), saves it. Rows added since the
/// last commit are searched exactly, so nothing added is ever missed. On open the graph file is checked against the
/// log; a missing, damaged or stale graph is rebuilt, one that only lacks the last rows is extended.
/// </para>
/// Safe for concurrent searches with one writer.
/// </summary>
public sealed class QuantizedVectorStore : IDisposable
{
    private readonly ReaderWriterLockSlim gate = new();
    private readonly VectorLog? log;
    private readonly VectorRows rows;
    private readonly VectorSearchOptions options;
    private readonly StoreGraph graph;

    private QuantizedVectorStore(int dimensions, VectorLog? log, int capacity, VectorSearchOptions? options, string? graphPath)
    {
        Dimensions = dimensions;
        this.log = log;
        this.options = options ?? new VectorSearchOptions();
        rows = new VectorRows(dimensions, capacity);
        graph = new StoreGraph(rows, this.options, graphPath);
    }

    public int Dimensions { get; }

    /// <summary>Live vectors.</summary>
    public int Count => rows.Live;

    /// <summary>Bytes held for vectors, their keys and the graph.</summary>
    public long MemoryBytes => rows.MemoryBytes + (graph.Index?.MemoryBytes ?? 0);

    public VectorGraphStatus Graph => graph.Status;

    public static QuantizedVectorStore InMemory(int dimensions, int capacity = 1024, VectorSearchOptions? options = null) =>
        new(dimensions, null, capacity, options, null);

    /// <summary>Opens (or creates) the store's file and its graph; a torn last record from a crash is dropped.</summary>
    public static QuantizedVectorStore Open(string path, int dimensions, VectorSearchOptions? options = null)
    {
        var log = VectorLog.Open(path, dimensions);
        var store = new QuantizedVectorStore(dimensions, log, log.MaxAddRecords(), options, Path.ChangeExtension(path, ".hnsw"));
        log.Replay(
            (clause, edition, scale, vector) => store.rows.Append(clause, edition, scale, vector),
            edition => store.rows.RemoveEdition(edition));
        store.graph.Open();
        return store;
    }

    public void Add(long clauseKey, long editionKey, ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"vector has {vector.Length} dimensions, the store {Dimensions}", nameof(vector));
        }

        Span<sbyte> quantized = stackalloc sbyte[Dimensions];
        var scale = Int8Vectors.Quantize(vector, quantized);
        gate.EnterWriteLock();
        try
        {
            log?.WriteAdd(clauseKey, editionKey, scale, quantized);
            rows.Append(clauseKey, editionKey, scale, quantized);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Removes every vector of these editions (their graph nodes become tombstones).</summary>
    public void RemoveEditions(IEnumerable<long> editions)
    {
        gate.EnterWriteLock();
        try
        {
            foreach (var edition in editions)
            {
                log?.WriteRemove(edition);
                rows.RemoveEdition(edition);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Makes everything written so far durable and links new rows into the graph (see the class remarks).</summary>
    public void Flush()
    {
        log?.Flush();
        gate.EnterWriteLock();
        try
        {
            graph.Update();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>The <paramref name="k"/> most similar vectors among those whose edition <paramref name="accept"/> allows.</summary>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k, Func<long, bool> accept) => Search(query, k, accept, options.EfSearch);

    /// <summary>As <see cref="Search(ReadOnlySpan{float}, int, Func{long, bool})"/> with another efSearch (to measure its effect).</summary>
    internal IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k, Func<long, bool> accept, int efSearch)
    {
        var q = new sbyte[Dimensions];
        var queryScale = Int8Vectors.Quantize(query, q);
        gate.EnterReadLock();
        try
        {
            var filter = rows.Accepting(accept);
            var found = VectorSearchRoute.Search(rows, graph.Index, options, q, k, efSearch, filter);
            return found.Select(f => new VectorHit(rows.ClauseKeys[f.Row], rows.EditionKeys[f.Row], f.Score * queryScale)).ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The exact answer whatever the store's size: the yardstick for the graph's recall.</summary>
    internal IReadOnlyList<VectorHit> SearchExact(ReadOnlySpan<float> query, int k, Func<long, bool> accept)
    {
        var q = new sbyte[Dimensions];
        var queryScale = Int8Vectors.Quantize(query, q);
        gate.EnterReadLock();
        try
        {
            return ExactVectorScan.Search(rows, q, k, rows.Accepting(accept), 0, rows.Count)
                .Select(f => new VectorHit(rows.ClauseKeys[f.Row], rows.EditionKeys[f.Row], f.Score * queryScale)).ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Whether a search with this filter would walk the graph (rather than scan).</summary>
    internal bool UsesGraph(Func<long, bool> accept)
    {
        gate.EnterReadLock();
        try
        {
            return VectorSearchRoute.UsesGraph(graph.Index, rows.Accepting(accept).Passing, rows.Live, options);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    internal HnswIndex? GraphIndex => graph.Index;

    internal VectorRows Rows => rows;

    public void Dispose()
    {
        try
        {
            graph.SaveIfChanged();
        }
        finally
        {
            log?.Dispose();
            gate.Dispose();
        }
    }
}
