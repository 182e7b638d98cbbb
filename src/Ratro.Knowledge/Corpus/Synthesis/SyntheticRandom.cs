namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// A small deterministic generator (SplitMix64) keyed by seed, document index and purpose, so every
/// decision about a document can be recomputed alone, in any order and on any thread.
/// </summary>
internal sealed class SyntheticRandom
{
    private ulong state;

    public SyntheticRandom(int seed, int index, string purpose)
    {
        state = Mix(((ulong)(uint)seed << 32) ^ (uint)index) ^ Mix(Fnv(purpose));
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>An integer in [min, max].</summary>
    public int Between(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min + 1));

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(NextUInt64() % (ulong)items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }
}
