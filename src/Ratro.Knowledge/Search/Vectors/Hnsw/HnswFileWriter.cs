namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>Writes the fields of a graph file and keeps the checksum of everything written.</summary>
internal sealed class HnswFileWriter(Stream stream)
{
    private readonly BinaryWriter writer = new(stream);
    private Checksum64 checksum;

    public void Header(int dimensions, HnswGraph graph, ulong fingerprint)
    {
        Int(HnswFile.Magic);
        Int(HnswFile.Version);
        Int(dimensions);
        Int(graph.Parameters.M);
        Long(graph.Parameters.Seed);
        Int(graph.Covered);
        Int(graph.Entry);
        Int(graph.TopLevel);
        Long((long)fingerprint);
    }

    public void Byte(sbyte value)
    {
        writer.Write(value);
        checksum.Add(value);
    }

    public void Links(ReadOnlySpan<int> links)
    {
        Int(links.Length);
        foreach (var link in links)
        {
            Int(link);
        }
    }

    public void End()
    {
        writer.Write((long)checksum.Value);
        writer.Write(HnswFile.EndMark);
        writer.Flush();
    }

    private void Int(int value)
    {
        writer.Write(value);
        checksum.Add(value);
    }

    private void Long(long value)
    {
        writer.Write(value);
        checksum.Add(value);
    }
}
