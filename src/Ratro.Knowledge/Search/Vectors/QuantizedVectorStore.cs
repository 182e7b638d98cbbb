namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// Clause vectors, int8-quantized, in memory (dimensions + 20 bytes per clause: 384 dims × 500,000 clauses ≈ 200 MB),
/// persisted as an append-only log (<see cref="VectorLog"/>) beside the index. Search is exact over the quantized
/// vectors: a SIMD brute-force scan split over the cores. Safe for concurrent searches with one writer.
/// </summary>
public sealed class QuantizedVectorStore : IDisposable
{
    private readonly ReaderWriterLockSlim gate = new();
    private readonly VectorLog? log;
    private sbyte[] data;
    private float[] scales;
    private long[] clauseKeys;
    private long[] editionKeys;
    private int count;
    private int deleted;

    private QuantizedVectorStore(int dimensions, VectorLog? log, int capacity)
    {
        Dimensions = dimensions;
        this.log = log;
        data = new sbyte[(long)capacity * dimensions];
        scales = new float[capacity];
        clauseKeys = new long[capacity];
        editionKeys = new long[capacity];
    }

    public int Dimensions { get; }

    /// <summary>Live vectors.</summary>
    public int Count => count - deleted;

    /// <summary>Bytes held for vectors and their keys.</summary>
    public long MemoryBytes => data.LongLength + (scales.LongLength * 4) + (clauseKeys.LongLength * 16);

    public static QuantizedVectorStore InMemory(int dimensions, int capacity = 1024) => new(dimensions, null, Math.Max(capacity, 16));

    /// <summary>Opens (or creates) the store's file; a torn last record from a crash is dropped.</summary>
    public static QuantizedVectorStore Open(string path, int dimensions)
    {
        var log = VectorLog.Open(path, dimensions);
        var store = new QuantizedVectorStore(dimensions, log, 1024);
        log.Replay(
            (clause, edition, scale, vector) => store.Append(clause, edition, scale, vector),
            edition => store.RemoveEdition(edition));
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
            Append(clauseKey, editionKey, scale, quantized);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Removes every vector of these editions.</summary>
    public void RemoveEditions(IEnumerable<long> editions)
    {
        gate.EnterWriteLock();
        try
        {
            foreach (var edition in editions)
            {
                log?.WriteRemove(edition);
                RemoveEdition(edition);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Makes everything written so far durable.</summary>
    public void Flush() => log?.Flush();

    /// <summary>The <paramref name="k"/> most similar vectors among those whose edition <paramref name="accept"/> allows.</summary>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k, Func<long, bool> accept)
    {
        Span<sbyte> q = stackalloc sbyte[Dimensions];
        var queryScale = Int8Vectors.Quantize(query, q);
        var qa = q.ToArray();
        gate.EnterReadLock();
        try
        {
            var parts = count < 20_000 ? 1 : Environment.ProcessorCount;
            var heaps = new TopK[parts];
            var size = (count + parts - 1) / Math.Max(1, parts);
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
            {
                var heap = new TopK(k);
                var end = Math.Min(count, (p + 1) * size);
                for (var row = p * size; row < end; row++)
                {
                    if (editionKeys[row] == 0)
                    {
                        continue;
                    }

                    var score = Int8Vectors.Dot(qa, data.AsSpan(row * Dimensions, Dimensions)) * scales[row];
                    if (heap.Accepts(score) && accept(editionKeys[row]))
                    {
                        heap.Add(score, row);
                    }
                }

                heaps[p] = heap;
            });
            return heaps.SelectMany(h => h.Items)
                .OrderByDescending(i => i.Score)
                .Take(k)
                .Select(i => new VectorHit(clauseKeys[i.Row], editionKeys[i.Row], i.Score * queryScale))
                .ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Dispose()
    {
        log?.Dispose();
        gate.Dispose();
    }

    private void Append(long clauseKey, long editionKey, float scale, ReadOnlySpan<sbyte> vector)
    {
        if (count == scales.Length)
        {
            var capacity = scales.Length * 2;
            Array.Resize(ref data, capacity * Dimensions);
            Array.Resize(ref scales, capacity);
            Array.Resize(ref clauseKeys, capacity);
            Array.Resize(ref editionKeys, capacity);
        }

        vector.CopyTo(data.AsSpan(count * Dimensions, Dimensions));
        scales[count] = scale;
        clauseKeys[count] = clauseKey;
        editionKeys[count] = editionKey;
        count++;
    }

    private void RemoveEdition(long edition)
    {
        for (var row = 0; row < count; row++)
        {
            if (editionKeys[row] == edition)
            {
                editionKeys[row] = 0;
                deleted++;
            }
        }
    }

    private sealed class TopK(int k)
    {
        private readonly PriorityQueue<int, float> queue = new();

        public IEnumerable<(float Score, int Row)> Items => queue.UnorderedItems.Select(i => (i.Priority, i.Element));

        public bool Accepts(float score) => queue.Count < k || (queue.TryPeek(out _, out var lowest) && score > lowest);

        public void Add(float score, int row)
        {
            if (queue.Count < k)
            {
                queue.Enqueue(row, score);
            }
            else
            {
                queue.EnqueueDequeue(row, score);
            }
        }
    }
}
