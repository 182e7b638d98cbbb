using System.Runtime.Intrinsics.X86;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// The store's rows in memory: int8 vectors back to back, one scale per row, the clause and edition keys, and the
/// edition's ordinal so a filter on editions is evaluated once per edition, not once per row. A removed row keeps
/// its place (rows are numbered by arrival, as in the file) with edition key 0. Not thread-safe: the store locks.
/// </summary>
internal sealed class VectorRows
{
    private readonly Dictionary<long, int> ordinalOf = [];
    private readonly List<long> editionOf = [];
    private readonly List<int> liveOf = [];
    private sbyte[] data;
    private float[] scales;
    private long[] clauseKeys;
    private long[] editionKeys;
    private int[] ordinals;

    public VectorRows(int dimensions, int capacity)
    {
        Dimensions = dimensions;
        capacity = Math.Max(capacity, 16);
        data = new sbyte[(long)capacity * dimensions];
        scales = new float[capacity];
        clauseKeys = new long[capacity];
        editionKeys = new long[capacity];
        ordinals = new int[capacity];
    }

    public int Dimensions { get; }

    /// <summary>Rows ever added, removed ones included.</summary>
    public int Count { get; private set; }

    public int Live { get; private set; }

    public long MemoryBytes => data.LongLength + (scales.LongLength * 4) + (clauseKeys.LongLength * 16) + (ordinals.LongLength * 4);

    public float[] Scales => scales;

    public long[] ClauseKeys => clauseKeys;

    public long[] EditionKeys => editionKeys;

    public ReadOnlySpan<sbyte> Row(int row) => data.AsSpan(row * Dimensions, Dimensions);

    public bool IsLive(int row) => editionKeys[row] != 0;

    /// <summary>Asks the processor to start loading a row's cache lines, so a graph walk overlaps the memory waits of a node's neighbours.</summary>
    public unsafe void Prefetch(int row)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (sbyte* start = &data[row * Dimensions])
        {
            for (var offset = 0; offset < Dimensions; offset += 64)
            {
                Sse.Prefetch0(start + offset);
            }
        }
    }

    /// <summary>Similarity of two rows: the int8 dot product scaled back (cosine for unit vectors).</summary>
    public float Similarity(int a, int b) => Int8Vectors.Dot(Row(a), Row(b)) * scales[a] * scales[b];

    /// <summary>Similarity of a quantized query (times its own scale) and a row.</summary>
    public float Similarity(ReadOnlySpan<sbyte> query, float queryScale, int row) => Int8Vectors.Dot(query, Row(row)) * scales[row] * queryScale;

    public void Append(long clauseKey, long editionKey, float scale, ReadOnlySpan<sbyte> vector)
    {
        if (Count == scales.Length)
        {
            var capacity = scales.Length + Math.Max(1024, scales.Length / 4);
            Array.Resize(ref data, checked(capacity * Dimensions));
            Array.Resize(ref scales, capacity);
            Array.Resize(ref clauseKeys, capacity);
            Array.Resize(ref editionKeys, capacity);
            Array.Resize(ref ordinals, capacity);
        }

        if (!ordinalOf.TryGetValue(editionKey, out var ordinal))
        {
            ordinal = editionOf.Count;
            ordinalOf[editionKey] = ordinal;
            editionOf.Add(editionKey);
            liveOf.Add(0);
        }

        vector.CopyTo(data.AsSpan(Count * Dimensions, Dimensions));
        scales[Count] = scale;
        clauseKeys[Count] = clauseKey;
        editionKeys[Count] = editionKey;
        ordinals[Count] = ordinal;
        liveOf[ordinal]++;
        Count++;
        Live++;
    }

    public void RemoveEdition(long edition)
    {
        if (!ordinalOf.TryGetValue(edition, out var ordinal) || liveOf[ordinal] == 0)
        {
            return;
        }

        for (var row = 0; row < Count; row++)
        {
            if (editionKeys[row] == edition)
            {
                editionKeys[row] = 0;
            }
        }

        Live -= liveOf[ordinal];
        liveOf[ordinal] = 0;
    }

    /// <summary>A fingerprint of rows 0 … count − 1 (their clause keys and scales), to tell whether a graph was built on them.</summary>
    public ulong Fingerprint(int count)
    {
        var checksum = new Hnsw.Checksum64();
        for (var row = 0; row < count; row++)
        {
            checksum.Add(clauseKeys[row]);
            checksum.Add(BitConverter.SingleToInt32Bits(scales[row]));
        }

        return checksum.Value;
    }

    /// <summary>The rows whose edition <paramref name="accept"/> allows (asked once per edition that has live rows).</summary>
    public RowFilter Accepting(Func<long, bool> accept)
    {
        var accepted = new bool[editionOf.Count];
        var passing = 0;
        for (var ordinal = 0; ordinal < accepted.Length; ordinal++)
        {
            if (liveOf[ordinal] > 0 && accept(editionOf[ordinal]))
            {
                accepted[ordinal] = true;
                passing += liveOf[ordinal];
            }
        }

        return new RowFilter(accepted, passing, editionKeys, ordinals);
    }
}
