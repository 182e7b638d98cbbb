using System.Buffers.Binary;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// The vector file: a header (<c>RVEC</c>, version, dimensions), then records — add (clause key, edition key,
/// scale, int8 vector) or remove (edition key). Appended and flushed per change batch; on open, a record cut short
/// by a crash is dropped and the file truncated to the last whole record.
/// </summary>
internal sealed class VectorLog : IDisposable
{
    private const int Magic = 0x43455652; // "RVEC"
    private const int Version = 1;
    private const byte AddRecord = 1;
    private const byte RemoveRecord = 2;
    private readonly FileStream stream;
    private readonly int dimensions;

    private VectorLog(FileStream stream, int dimensions)
    {
        this.stream = stream;
        this.dimensions = dimensions;
    }

    public static VectorLog Open(string path, int dimensions)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        Span<byte> header = stackalloc byte[12];
        if (stream.Length == 0)
        {
            BinaryPrimitives.WriteInt32LittleEndian(header, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
            BinaryPrimitives.WriteInt32LittleEndian(header[8..], dimensions);
            stream.Write(header);
            stream.Flush(flushToDisk: true);
        }
        else
        {
            stream.ReadExactly(header);
            var stored = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
            if (BinaryPrimitives.ReadInt32LittleEndian(header) != Magic || stored != dimensions)
            {
                stream.Dispose();
                throw new SearchEngineException(
                    $"the vector file '{path}' holds {stored}-dimension vectors (or is not a vector file) but the embedding model gives {dimensions}; run 'ratro reindex'");
            }
        }

        return new VectorLog(stream, dimensions);
    }

    /// <summary>An upper bound on the rows the file holds (as if every record were an add), to size memory once.</summary>
    public int MaxAddRecords() => (int)Math.Min(int.MaxValue / 2, Math.Max(0, stream.Length - 12) / (21 + dimensions));

    public void Replay(Action<long, long, float, ReadOnlySpan<sbyte>> add, Action<long> remove)
    {
        stream.Position = 12;
        var addSize = 1 + 8 + 8 + 4 + dimensions;
        var buffer = new byte[addSize];
        long lastWhole = 12;
        while (true)
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, 1), 1, throwOnEndOfStream: false);
            if (read == 0)
            {
                break;
            }

            var size = buffer[0] == AddRecord ? addSize : buffer[0] == RemoveRecord ? 9 : -1;
            if (size < 0 || stream.ReadAtLeast(buffer.AsSpan(1, size - 1), size - 1, throwOnEndOfStream: false) < size - 1)
            {
                break;
            }

            var span = buffer.AsSpan(1);
            if (buffer[0] == AddRecord)
            {
                add(BinaryPrimitives.ReadInt64LittleEndian(span), BinaryPrimitives.ReadInt64LittleEndian(span[8..]),
                    BinaryPrimitives.ReadSingleLittleEndian(span[16..]), System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(span.Slice(20, dimensions)));
            }
            else
            {
                remove(BinaryPrimitives.ReadInt64LittleEndian(span));
            }

            lastWhole = stream.Position;
        }

        stream.SetLength(lastWhole);
        stream.Position = lastWhole;
    }

    public void WriteAdd(long clause, long edition, float scale, ReadOnlySpan<sbyte> vector)
    {
        Span<byte> record = stackalloc byte[21 + dimensions];
        record[0] = AddRecord;
        BinaryPrimitives.WriteInt64LittleEndian(record[1..], clause);
        BinaryPrimitives.WriteInt64LittleEndian(record[9..], edition);
        BinaryPrimitives.WriteSingleLittleEndian(record[17..], scale);
        System.Runtime.InteropServices.MemoryMarshal.Cast<sbyte, byte>(vector).CopyTo(record[21..]);
        stream.Write(record);
    }

    public void WriteRemove(long edition)
    {
        Span<byte> record = stackalloc byte[9];
        record[0] = RemoveRecord;
        BinaryPrimitives.WriteInt64LittleEndian(record[1..], edition);
        stream.Write(record);
    }

    public void Flush() => stream.Flush(flushToDisk: true);

    public void Dispose() => stream.Dispose();
}
