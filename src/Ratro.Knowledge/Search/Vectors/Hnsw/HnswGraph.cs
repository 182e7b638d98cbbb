namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// The layered graph over store rows (node number = row number). Bottom-layer links sit in one flat array, 2·M + 1
/// ints per node (count, then neighbours); the few nodes above the bottom keep their upper layers in a small array
/// of their own. Rows below <see cref="Covered"/> have been considered; a level of −1 marks a row left out (removed
/// before it was linked). Links of a node are guarded by one of a fixed set of striped locks while linking runs on
/// several threads; searches run with no writer and read without locks.
/// </summary>
internal sealed class HnswGraph
{
    private const int Stripes = 1024;
    private readonly Lock[] stripes = Enumerable.Range(0, Stripes).Select(_ => new Lock()).ToArray();
    private sbyte[] levels = [];
    private int[] bottom = [];
    private int[]?[] upper = [];
    private int nodes;

    public HnswGraph(HnswParameters parameters, int capacity)
    {
        Parameters = parameters;
        EnsureCapacity(capacity);
    }

    public HnswParameters Parameters { get; }

    /// <summary>Guards <see cref="Entry"/> and <see cref="TopLevel"/> while linking runs on several threads.</summary>
    public Lock EntryGate { get; } = new();

    /// <summary>The node searches start from (on the top layer), or −1 while the graph is empty.</summary>
    public int Entry { get; set; } = -1;

    public int TopLevel { get; set; } = -1;

    /// <summary>Rows 0 … Covered − 1 have been linked or left out.</summary>
    public int Covered { get; set; }

    /// <summary>Rows linked into the graph (removed ones among them included).</summary>
    public int Nodes => nodes;

    public int Capacity => levels.Length;

    public long MemoryBytes =>
        levels.LongLength + (bottom.LongLength * 4) + (upper.LongLength * 8)
        + upper.Sum(u => u is null ? 0L : 24 + (u.LongLength * 4));

    private int BottomStride => Parameters.BottomLinks + 1;

    private int UpperStride => Parameters.M + 1;

    public void EnsureCapacity(int rows)
    {
        if (rows <= levels.Length)
        {
            return;
        }

        var capacity = Math.Max(rows, Math.Min(levels.Length + (levels.Length / 4), Array.MaxLength / BottomStride));
        var old = levels.Length;
        Array.Resize(ref levels, capacity);
        levels.AsSpan(old).Fill(-1);
        Array.Resize(ref bottom, checked(capacity * BottomStride));
        Array.Resize(ref upper, capacity);
    }

    public int Level(int node) => levels[node];

    /// <summary>Gives the row a place on layers 0 … <paramref name="level"/>, with no links yet.</summary>
    public void Add(int node, int level)
    {
        levels[node] = (sbyte)level;
        upper[node] = level > 0 ? new int[level * UpperStride] : null;
        Interlocked.Increment(ref nodes);
    }

    public Lock StripeOf(int node) => stripes[node & (Stripes - 1)];

    /// <summary>The node's link slot on a layer: the count, then room for the most links the layer allows.</summary>
    public Span<int> Slot(int node, int level) => level == 0
        ? bottom.AsSpan(node * BottomStride, BottomStride)
        : upper[node].AsSpan((level - 1) * UpperStride, UpperStride);

    public ReadOnlySpan<int> Links(int node, int level)
    {
        var slot = Slot(node, level);
        return slot.Slice(1, slot[0]);
    }

    /// <summary>Copies the node's links into <paramref name="target"/>, under its lock when others may be writing.</summary>
    public int CopyLinks(int node, int level, Span<int> target, bool locked)
    {
        if (!locked)
        {
            var links = Links(node, level);
            links.CopyTo(target);
            return links.Length;
        }

        lock (StripeOf(node))
        {
            var links = Links(node, level);
            links.CopyTo(target);
            return links.Length;
        }
    }

    /// <summary>Replaces the node's links (the caller holds the node's lock when others may be reading).</summary>
    public void SetLinks(int node, int level, ReadOnlySpan<int> links)
    {
        var slot = Slot(node, level);
        links.CopyTo(slot[1..]);
        slot[0] = links.Length;
    }
}
