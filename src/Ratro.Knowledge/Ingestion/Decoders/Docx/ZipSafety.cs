using System.Globalization;
using System.IO.Compression;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Checks a DOCX package before OpenXml reads it: the bytes must be a zip archive that holds an OPC package,
/// and no entry may inflate beyond the configured size or compression ratio. Every entry is inflated here
/// with a counting stream, so sizes declared in the zip directory cannot lie about what OpenXml will read.
/// </summary>
internal static class ZipSafety
{
    /// <summary>Entries smaller than this are never judged by their ratio: a small part that compresses well is harmless.</summary>
    private const long RatioGraceBytes = 1024 * 1024;

    private static readonly byte[] LocalHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyArchive = [0x50, 0x4B, 0x05, 0x06];

    public static void Check(ReadOnlyMemory<byte> content, string fileName, IngestionOptions options, CancellationToken cancellationToken)
    {
        var span = content.Span;
        if (CompoundFile.IsCompoundFile(span))
        {
            throw CompoundFile.Explain(span, fileName);
        }

        if (!span.StartsWith(LocalHeader) && !span.StartsWith(EmptyArchive))
        {
            throw new IngestionException(IngestionFailure.NotAZip, $"'{fileName}' is not a Word document: a .docx file is a zip package, and this file is not a zip archive.");
        }

        using var archive = OpenArchive(content, fileName);
        if (archive.GetEntry("[Content_Types].xml") is null)
        {
            throw new IngestionException(IngestionFailure.CorruptDocx, $"'{fileName}' is a zip archive but not a Word document: it has no [Content_Types].xml, so it is not an Office Open XML package.");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckDeclared(entry, total, fileName, options);
            total += Inflate(entry, total, fileName, options);
        }
    }

    private static ZipArchive OpenArchive(ReadOnlyMemory<byte> content, string fileName)
    {
        try
        {
            return new ZipArchive(ContentStream.Open(content), ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            throw new IngestionException(IngestionFailure.CorruptDocx, $"'{fileName}' is a damaged zip archive (truncated or corrupted): {exception.Message}", exception);
        }
    }

    private static void CheckDeclared(ZipArchiveEntry entry, long total, string fileName, IngestionOptions options)
    {
        if (total + entry.Length > options.MaxUncompressedBytes)
        {
            throw TooBig(fileName, entry.FullName, total + entry.Length, options);
        }

        if (entry.Length > RatioGraceBytes && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
        {
            throw TooCompressed(fileName, entry.FullName, entry.Length / Math.Max(1, entry.CompressedLength), options);
        }
    }

    private static long Inflate(ZipArchiveEntry entry, long total, string fileName, IngestionOptions options)
    {
        var buffer = new byte[81920];
        long inflated = 0;
        try
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                inflated += read;
                if (total + inflated > options.MaxUncompressedBytes)
                {
                    throw TooBig(fileName, entry.FullName, total + inflated, options);
                }

                if (inflated > RatioGraceBytes && inflated > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw TooCompressed(fileName, entry.FullName, inflated / Math.Max(1, entry.CompressedLength), options);
                }
            }
        }
        catch (InvalidDataException exception)
        {
            throw new IngestionException(IngestionFailure.CorruptDocx, $"'{fileName}' is a damaged zip archive: the entry '{entry.FullName}' cannot be decompressed ({exception.Message}).", exception);
        }

        return inflated;
    }

    private static IngestionException TooBig(string fileName, string entry, long bytes, IngestionOptions options) => new(
        IngestionFailure.ZipBomb,
        $"'{fileName}' was rejected as a zip bomb: its parts would decompress to more than {Mebibytes(options.MaxUncompressedBytes)} (reached {Mebibytes(bytes)} at '{entry}').");

    private static IngestionException TooCompressed(string fileName, string entry, long ratio, IngestionOptions options) => new(
        IngestionFailure.ZipBomb,
        $"'{fileName}' was rejected as a zip bomb: the part '{entry}' is compressed {ratio}:1, more than the allowed {options.MaxCompressionRatio}:1.");

    private static string Mebibytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB");
}
