namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>Reads the fields of a graph file, checking each against what the store holds, and the checksum at the end.</summary>
internal sealed class HnswFileReader(Stream stream)
{
    private readonly BinaryReader reader = new(stream);
    private Checksum64 checksum;

    /// <summary>Reads and checks the header; returns an empty graph of its size with its entry point set.</summary>
    public HnswGraph Header(VectorRows rows, HnswParameters parameters)
    {
        if (Int() != HnswFile.Magic)
        {
            throw new HnswFileException("not a graph file");
        }

        if (Int() is var version && version != HnswFile.Version)
        {
            throw new HnswFileException($"graph file version {version}, expected {HnswFile.Version}");
        }

        var (dimensions, m, seed) = (Int(), Int(), Long());
        if (dimensions != rows.Dimensions || m != parameters.M)
        {
            throw new HnswFileException($"the graph was built for {dimensions} dimensions with M = {m}; now {rows.Dimensions} and {parameters.M}");
        }

        var (covered, entry, top, fingerprint) = (Int(), Int(), Int(), (ulong)Long());
        if (covered < 0 || covered > rows.Count)
        {
            throw new HnswFileException($"the graph covers {covered} rows but the vector file holds {rows.Count}");
        }

        if (entry < -1 || entry >= covered || top > HnswParameters.MaxLevel || (entry < 0) != (top < 0))
        {
            throw new HnswFileException("the graph file's entry point is out of range");
        }

        if (fingerprint != rows.Fingerprint(covered))
        {
            throw new HnswFileException("the graph was built on other vectors than the vector file holds");
        }

        return new HnswGraph(parameters with { Seed = seed }, covered) { Covered = covered, Entry = entry, TopLevel = top };
    }

    public sbyte Level()
    {
        var level = reader.ReadSByte();
        checksum.Add(level);
        if (level < -1 || level > HnswParameters.MaxLevel)
        {
            throw new HnswFileException($"a node level of {level} in the graph file");
        }

        return level;
    }

    /// <summary>Reads one link list into <paramref name="target"/> (whose length is the most the layer allows); returns the count.</summary>
    public int Links(Span<int> target)
    {
        var count = Int();
        if (count < 0 || count > target.Length)
        {
            throw new HnswFileException($"a link list of {count} in the graph file (at most {target.Length})");
        }

        for (var i = 0; i < count; i++)
        {
            target[i] = Int();
        }

        return count;
    }

    public void End()
    {
        var expected = checksum.Value;
        if ((ulong)reader.ReadInt64() != expected || reader.ReadInt32() != HnswFile.EndMark)
        {
            throw new HnswFileException("the graph file's checksum does not match its contents");
        }
    }

    private int Int()
    {
        var value = reader.ReadInt32();
        checksum.Add(value);
        return value;
    }

    private long Long()
    {
        var value = reader.ReadInt64();
        checksum.Add(value);
        return value;
    }
}
