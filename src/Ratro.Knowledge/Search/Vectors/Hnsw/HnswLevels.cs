namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// The top layer of each node, drawn from a seeded hash of the node's number rather than a shared random stream,
/// so a node gets the same level whatever order (or thread) inserts it: ⌊−ln(u) · factor⌋ with u uniform in (0, 1].
/// </summary>
internal static class HnswLevels
{
    public static int Of(long seed, int node, double factor)
    {
        var bits = Mix(unchecked((ulong)seed + ((ulong)node * 0x9E3779B97F4A7C15UL)));
        var uniform = ((bits >> 11) + 1) * (1.0 / (1UL << 53));
        return Math.Min(HnswParameters.MaxLevel, (int)(-Math.Log(uniform) * factor));
    }

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
