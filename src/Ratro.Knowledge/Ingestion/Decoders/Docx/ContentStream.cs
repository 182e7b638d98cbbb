using System.Runtime.InteropServices;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>A read-only stream over file content, without copying when the memory is backed by an array.</summary>
internal static class ContentStream
{
    public static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
