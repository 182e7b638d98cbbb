using System.IO.Compression;
using System.Text;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;
using Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Ingestion.Pipeline;

/// <summary>
/// Every kind of bad input gets its own reason and a message a person understands, the batch goes on, and the
/// store (database rows and kept files) is exactly as it was.
/// </summary>
public sealed class BadInputTests
{
    private const string Good = """
        ---
        designation: "МУ 2.6.1.3015-12"
        title_ru: "Индивидуальный дозиметрический контроль"
        type: methodical_guideline
        issuer: "Роспотребнадзор"
        jurisdiction: RU
        language: ru
        status: in_force
        access: public
        ---
        # Индивидуальный дозиметрический контроль

        1. Контроль проводят для персонала группы А.
        """;

    public static TheoryData<string, string, IngestionFailure, string> Cases() => new()
    {
        { "corrupt-pdf", "broken.pdf", IngestionFailure.CorruptPdf, "broken.pdf" },
        { "encrypted-pdf", "locked.pdf", IngestionFailure.EncryptedPdf, "password" },
        { "zero-bytes", "empty.pdf", IngestionFailure.EmptyFile, "'empty.pdf' is empty (0 bytes)." },
        { "docx-not-zip", "letter.docx", IngestionFailure.NotAZip, "'letter.docx' is not a Word document: a .docx file is a zip package, and this file is not a zip archive." },
        { "zip-bomb", "bomb.docx", IngestionFailure.ZipBomb, "'bomb.docx' was rejected as a zip bomb" },
        { "oversize", "huge.txt", IngestionFailure.TooLarge, "'huge.txt' is 0 MB, over the 0 MB limit (Ingestion:MaxFileBytes)." },
        { "unknown-type", "limits.csv", IngestionFailure.UnknownFormat, "'limits.csv' has an unknown type ('.csv'); only PDF, DOCX, Markdown (.md) and text (.txt) files can be ingested." },
        { "zip-not-docx", "table.xlsx", IngestionFailure.UnknownFormat, "'table.xlsx' is a zip archive but not a Word document (.docx)" },
        { "bad-front-matter", "doc.md", IngestionFailure.InvalidFrontMatter, "'doc.md': front matter 'status' is 'valid'; expected one of:" },
        { "binary-text", "notes.txt", IngestionFailure.InvalidText, "'notes.txt' is not a text file: it contains binary data (NUL bytes)." },
        { "no-text-layer", "scan.pdf", IngestionFailure.NoTextLayer, "scan.pdf" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_fails_with_its_reason_and_leaves_the_store_as_it_was(string kind, string fileName, IngestionFailure failure, string message)
    {
        var settings = new Dictionary<string, string?> { ["Ingestion:MaxUncompressedBytes"] = "2000000" };
        if (kind == "oversize")
        {
            settings["Ingestion:MaxFileBytes"] = "1000";
        }

        await using var host = await KnowledgeHost.StartAsync(settings);
        Assert.Equal(IngestionStatus.Ingested, (await host.IngestAsync("good.md", Encoding.UTF8.GetBytes(Good))).Status);
        var before = StoreSnapshot.Take(host.DataPath);

        var result = await host.IngestAsync(fileName, Content(kind));

        Assert.Equal(failure, result.Failure);
        Assert.Equal(failure == IngestionFailure.NoTextLayer ? IngestionStatus.NeedsOcr : IngestionStatus.Failed, result.Status);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Null(result.DocumentId);
        Assert.Equal(before, StoreSnapshot.Take(host.DataPath));
    }

    [Fact]
    public async Task An_unreadable_path_fails_and_the_batch_goes_on()
    {
        await using var host = await KnowledgeHost.StartAsync();
        using var folder = new TempDirectory();
        var good = folder.Write("good.md", Good);
        var requests = new[] { IngestionRequest.FromPath(folder.File("missing.pdf")), IngestionRequest.FromPath(folder.Path), IngestionRequest.FromPath(good) };

        var results = new List<IngestionResult>();
        await foreach (var result in host.Pipeline.IngestAllAsync(requests, TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        Assert.Equal([IngestionStatus.Failed, IngestionStatus.Failed, IngestionStatus.Ingested], results.Select(r => r.Status));
        Assert.Equal($"'{folder.File("missing.pdf")}' does not exist.", results[0].Error);
        Assert.Equal($"'{folder.Path}' is a directory, not a file.", results[1].Error);
        Assert.Equal(IngestionFailure.Unreadable, results[1].Failure);
    }

    private static byte[] Content(string kind) => kind switch
    {
        "corrupt-pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without an end"),
        "encrypted-pdf" => PdfFixtures.Protected(userPassword: "secret", ownerPassword: "owner"),
        "zero-bytes" => [],
        "docx-not-zip" => Encoding.UTF8.GetBytes("Это не архив, а просто текст."),
        "zip-bomb" => Bomb(),
        "oversize" => new byte[2000],
        "unknown-type" => Encoding.UTF8.GetBytes("группа;предел\nА;20 мЗв\n"),
        "zip-not-docx" => [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0],
        "bad-front-matter" => Encoding.UTF8.GetBytes(Good.Replace("status: in_force", "status: valid", StringComparison.Ordinal)),
        "binary-text" => [0x41, 0x00, 0x42],
        "no-text-layer" => PdfFixtures.ImageOnly(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A valid Word package plus a 5 MB entry of zeros that compresses to a few kilobytes.</summary>
    private static byte[] Bomb()
    {
        var document = new DocxFixture { Body = W.P("Текст") }.Build();
        using var stream = new MemoryStream();
        stream.Write(document);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[5 * 1024 * 1024]);
        }

        return stream.ToArray();
    }
}
