using System.IO.Compression;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// Rewrites a package with every entry stamped with one fixed time, in the original order: the zip layer
/// otherwise records the clock, and two renditions of the same document would differ.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package, DateTime stamp)
    {
        var time = new DateTimeOffset(DateTime.SpecifyKind(stamp, DateTimeKind.Unspecified), TimeSpan.Zero);
        time = time < Earliest ? Earliest : time;
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = time;
                using var source = entry.Open();
                using var target = copy.Open();
                source.CopyTo(target);
            }
        }

        return output.ToArray();
    }
}
