using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Ingestion;

/// <summary>Limits that protect ingestion from hostile or broken files. Bound from section "Ingestion".</summary>
public sealed class IngestionOptions
{
    /// <summary>Largest accepted file, in bytes (default 100 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of a DOCX package, in bytes (default 256 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest compression ratio of any DOCX part (default 200:1); beyond it the file is a zip bomb.</summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Largest number of PDF pages read (default 5,000).</summary>
    [Range(1, 1_000_000)]
    public int MaxPages { get; set; } = 5_000;

    /// <summary>
    /// How many threads read the pages of one PDF at once (each with its own parser over the same bytes);
    /// 0 (default) uses one per processor. Short files are read by one thread whatever the setting.
    /// </summary>
    [Range(0, 64)]
    public int PdfPageWorkers { get; set; }
}
