namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// A running 64-bit checksum (multiply–xor–shift per value) to detect a damaged or foreign graph file. Not a
/// cryptographic hash: it guards against accidents, not against someone forging a file.
/// </summary>
internal struct Checksum64
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private ulong state;
    private bool started;

    public readonly ulong Value => started ? Finish(state) : Finish(0x243F6A8885A308D3UL);

    public void Add(long value)
    {
        if (!started)
        {
            state = 0x243F6A8885A308D3UL;
            started = true;
        }

        state = (state ^ (ulong)value) * Multiplier;
        state ^= state >> 29;
    }

    private static ulong Finish(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        return x ^ (x >> 33);
    }
}
