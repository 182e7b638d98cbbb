using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search.Lucene.Analysis;
using Ratro.Knowledge.Search.Vectors;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// The embedded engine: a Lucene.NET 4.8 index on disk (generations under the index folder, see
/// <see cref="IndexGenerations"/>) with the clause vectors beside it. Writes are serialized and each change batch
/// ends with a commit, so a crash leaves the last commit readable; searches run on immutable snapshots.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    private const string VectorFile = "vectors.i8";
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly System.Threading.Lock snapshotGate = new();
    private readonly IndexGenerations generations;
    private readonly LuceneEngineParts parts;
    private readonly ILogger logger;
    private LuceneDirectory? directory;
    private IndexWriter? writer;
    private QuantizedVectorStore? vectors;
    private IndexSnapshot? snapshot;
    private volatile bool stale;
    private bool disposed;

    public LuceneSearchIndex(string indexRoot, LuceneEngineParts parts, ILogger logger)
    {
        generations = new IndexGenerations(indexRoot);
        this.parts = parts;
        this.logger = logger;
        foreach (var warning in parts.Health.Warnings)
        {
            logger.LogWarning("Search: {Warning}", warning);
        }
    }

    public string EngineName => "lucene";

    public SearchEngineHealth Health => parts.Health;

    public string IndexRoot => generations.Root;

    public async Task ReplaceDocumentAsync(string canonical, IReadOnlyList<NormativeDocument> editions, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        if (editions.Any(e => e.Canonical != canonical))
        {
            throw new ArgumentException($"every edition must have the canonical designation '{canonical}'", nameof(editions));
        }

        var mapped = parts.Mapper.Map(editions);
        var embedded = await EmbedAsync(mapped, cancellationToken);
        await WriteAsync(w =>
        {
            var removed = RemovedVectors(canonical);
            w.DeleteDocuments(new Term(LuceneFields.Canonical, canonical));
            foreach (var document in mapped)
            {
                w.AddDocuments(LuceneDocumentFactory.Create(document));
            }

            return (removed, embedded);
        }, cancellationToken);
    }

    public Task DeleteDocumentAsync(string canonical, CancellationToken cancellationToken) =>
        WriteAsync(w =>
        {
            var removed = RemovedVectors(canonical);
            w.DeleteDocuments(new Term(LuceneFields.Canonical, canonical));
            return (removed, (IReadOnlyList<(long, long, float[])>)[]);
        }, cancellationToken);

    public async Task<RebuildReport> RebuildAsync(IAsyncEnumerable<NormativeDocument> editions, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            var next = generations.Next();
            var counts = await IndexRebuilder.FillAsync(next, VectorFile, parts, editions, EmbedAsync, cancellationToken);
            CloseWriter();
            generations.Promote(next);
            Refresh(force: true);
            foreach (var problem in generations.DeleteStale(next))
            {
                logger.LogWarning("Search: an old index generation could not be deleted yet: {Problem}", problem);
            }

            return counts with { Elapsed = clock.Elapsed };
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var current = Acquire();
        try
        {
            return await new LuceneSearchRun(current, parts, query).RunAsync(cancellationToken);
        }
        finally
        {
            current.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return ValueTask.CompletedTask;
        }

        disposed = true;
        lock (snapshotGate)
        {
            snapshot?.Release();
            snapshot = null;
        }

        CloseWriter();
        writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WriteAsync(
        Func<IndexWriter, (IReadOnlyList<long> Removed, IReadOnlyList<(long Clause, long Edition, float[] Vector)> Added)> change,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            var w = OpenWriter();
            var (removed, added) = change(w);
            w.Commit();
            if (vectors is not null && (removed.Count > 0 || added.Count > 0))
            {
                vectors.RemoveEditions(removed);
                foreach (var (clause, edition, vector) in added)
                {
                    vectors.Add(clause, edition, vector);
                }

                vectors.Flush();
            }

            stale = true;
        }
        catch (Exception e) when (e is LockObtainFailedException or IOException)
        {
            throw new SearchEngineException($"the search index at '{generations.Root}' cannot be written: {e.Message}", e);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>The editions whose vectors a change of <paramref name="canonical"/> removes; none without an embedder (no vectors are kept).</summary>
    private IReadOnlyList<long> RemovedVectors(string canonical) => parts.Embedder is null ? [] : EditionKeysOf(canonical);

    private IReadOnlyList<long> EditionKeysOf(string canonical)
    {
        var current = Acquire();
        try
        {
            return current.Editions.All.Where(e => e.Canonical == canonical).Select(e => e.Key).ToList();
        }
        finally
        {
            current.Release();
        }
    }

    private async Task<IReadOnlyList<(long Clause, long Edition, float[] Vector)>> EmbedAsync(
        IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (parts.Embedder is not { } embedder)
        {
            return [];
        }

        var items = documents.Where(d => embedder.Serves(d.Language))
            .SelectMany(d => d.Clauses.Where(c => c.Text.Length > 0).Select(c => (Document: d, Clause: c)))
            .ToList();
        var texts = items.Select(i => EmbeddingText.Of(i.Clause)).ToList();
        var vectorsFound = await embedder.EmbedAsync(texts, cancellationToken);
        return items.Select((i, n) => (StableKey.Of(i.Clause.Id), StableKey.Of(i.Document.Id), vectorsFound[n])).ToList();
    }

    private IndexWriter OpenWriter()
    {
        if (writer is not null)
        {
            return writer;
        }

        var folder = generations.Current();
        directory = IndexDirectory.Open(folder);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, parts.Analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        writer = new IndexWriter(directory, config);
        lock (snapshotGate)
        {
            if (parts.Embedder is not null && vectors is null)
            {
                vectors = QuantizedVectorStore.Open(Path.Combine(folder, VectorFile), parts.Dimensions, parts.VectorOptions);
            }
        }

        return writer;
    }

    private void CloseWriter()
    {
        writer?.Dispose();
        writer = null;
        directory?.Dispose();
        directory = null;
        vectors?.Dispose();
        vectors = null;
    }

    private IndexSnapshot Acquire()
    {
        while (true)
        {
            var current = snapshot is { } open && !stale ? open : Refresh(force: false);
            if (current.TryAcquire())
            {
                return current;
            }
        }
    }

    /// <summary>
    /// Opens the newest commit of the live generation as the snapshot searches use. Writes only mark the snapshot
    /// stale; the next reader refreshes it, so a batch of writes reads the edition table once, not once per write.
    /// </summary>
    private IndexSnapshot Refresh(bool force)
    {
        lock (snapshotGate)
        {
            stale = false;
            var folder = generations.Current();
            var old = snapshot;
            if (old is not null && !force && old.Generation == folder && old.Reader is not null)
            {
                var changed = DirectoryReader.OpenIfChanged(old.Reader);
                if (changed is null)
                {
                    return old;
                }

                snapshot = IndexSnapshot.Open(changed, vectors ?? old.Vectors, folder);
            }
            else
            {
                var dir = IndexDirectory.Open(folder);
                var reader = DirectoryReader.IndexExists(dir) ? DirectoryReader.Open(dir) : null;
                if (parts.Embedder is not null && (vectors is null || old?.Generation != folder))
                {
                    vectors ??= QuantizedVectorStore.Open(Path.Combine(folder, VectorFile), parts.Dimensions, parts.VectorOptions);
                }

                snapshot = IndexSnapshot.Open(reader, vectors, folder);
            }

            old?.Release();
            return snapshot;
        }
    }
}
