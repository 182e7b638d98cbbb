namespace Ratro.Knowledge.Search.Lucene;

/// <summary>64-bit keys of ids for doc values and the vector file: the first eight bytes of the Guid.</summary>
public static class StableKey
{
    public static long Of(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]);
    }

    public static string Text(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
