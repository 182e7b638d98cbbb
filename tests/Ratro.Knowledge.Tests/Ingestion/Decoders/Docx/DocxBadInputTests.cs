using System.IO.Compression;
using System.Text;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders.Docx;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxBadInputTests
{
    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string PackageRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    [Fact]
    public async Task Bytes_that_are_not_a_zip_archive_are_rejected_as_NotAZip()
    {
        var exception = await Decode("Это просто текст, а не документ Word."u8.ToArray());

        Assert.Equal(IngestionFailure.NotAZip, exception.Failure);
        Assert.Equal("'bad.docx' is not a Word document: a .docx file is a zip package, and this file is not a zip archive.", exception.Message);
    }

    [Fact]
    public async Task Zip_without_a_package_is_CorruptDocx()
    {
        var exception = await Decode(Zip(("readme.txt", "not a Word document")));

        Assert.Equal(IngestionFailure.CorruptDocx, exception.Failure);
        Assert.Equal("'bad.docx' is a zip archive but not a Word document: it has no [Content_Types].xml, so it is not an Office Open XML package.", exception.Message);
    }

    [Fact]
    public async Task Package_without_word_document_xml_is_CorruptDocx()
    {
        var exception = await Decode(Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRelationships)));

        Assert.Equal(IngestionFailure.CorruptDocx, exception.Failure);
        Assert.Equal("'bad.docx' is a damaged Word document: a part it refers to is missing or unreadable (Specified part does not exist in the package.).", exception.Message);
    }

    [Fact]
    public async Task Package_of_another_kind_without_a_main_document_is_CorruptDocx()
    {
        var exception = await Decode(Zip(("[Content_Types].xml", ContentTypes)));

        Assert.Equal(IngestionFailure.CorruptDocx, exception.Failure);
        Assert.Equal("'bad.docx' is a zip package but not a Word document: it has no main document part (word/document.xml) with a body.", exception.Message);
    }

    [Fact]
    public async Task Broken_xml_in_document_xml_is_CorruptDocx()
    {
        var broken = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Статья 1";
        var exception = await Decode(Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRelationships), ("word/document.xml", broken)));

        Assert.Equal(IngestionFailure.CorruptDocx, exception.Failure);
        Assert.StartsWith("'bad.docx' is a damaged Word document: its XML is not well-formed (Unexpected end of file", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_package_is_CorruptDocx()
    {
        var complete = new DocxFixture { Body = W.P(new string('я', 20_000)) }.Build();

        var exception = await Decode(complete[..(complete.Length / 2)]);

        Assert.Equal(IngestionFailure.CorruptDocx, exception.Failure);
        Assert.StartsWith("'bad.docx' is a damaged zip archive", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_that_would_inflate_beyond_the_size_limit_is_a_ZipBomb()
    {
        var bomb = ZipWithZeros(300L * 1024 * 1024);

        var exception = await Decode(bomb);

        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the generated bomb is {bomb.Length} bytes");
        Assert.Equal(IngestionFailure.ZipBomb, exception.Failure);
        Assert.Equal("'bad.docx' was rejected as a zip bomb: its parts would decompress to more than 256 MiB (reached 300 MiB at 'word/media/zeros.bin').", exception.Message);
    }

    [Fact]
    public async Task Entry_compressed_beyond_the_ratio_limit_is_a_ZipBomb()
    {
        var exception = await Decode(ZipWithZeros(8L * 1024 * 1024));

        Assert.Equal(IngestionFailure.ZipBomb, exception.Failure);
        Assert.Matches(@"^'bad\.docx' was rejected as a zip bomb: the part 'word/media/zeros\.bin' is compressed \d+:1, more than the allowed 200:1\.$", exception.Message);
    }

    [Fact]
    public async Task Limits_come_from_the_options()
    {
        var options = new IngestionOptions { MaxUncompressedBytes = 16 * 1024 };
        var document = new DocxFixture { Body = string.Concat(Enumerable.Range(1, 400).Select(i => W.P($"{i}. Пункт требований номер {i} с текстом."))) }.Build();

        var exception = await Assert.ThrowsAsync<IngestionException>(() => new DocxDecoder(options).DecodeAsync(document, "big.docx", TestContext.Current.CancellationToken));

        Assert.Equal(IngestionFailure.ZipBomb, exception.Failure);
        Assert.StartsWith("'big.docx' was rejected as a zip bomb: its parts would decompress to more than 16 KiB", exception.Message, StringComparison.Ordinal);
        var decoded = await new DocxDecoder(new IngestionOptions()).DecodeAsync(document, "big.docx", TestContext.Current.CancellationToken);
        Assert.Equal(400, decoded.Blocks.Count);
    }

    [Fact]
    public async Task Encrypted_package_is_rejected_with_a_clear_message()
    {
        var exception = await Decode(CompoundFile("EncryptionInfo", "EncryptedPackage"));

        Assert.Equal(IngestionFailure.EncryptedDocx, exception.Failure);
        Assert.Equal(
            "'bad.docx' is a password-protected (encrypted) Word document and cannot be read. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password) and save it again.",
            exception.Message);
    }

    [Fact]
    public async Task Legacy_Word_document_renamed_to_docx_is_explained()
    {
        var exception = await Decode(CompoundFile("WordDocument", "1Table"));

        Assert.Equal(IngestionFailure.UnknownFormat, exception.Failure);
        Assert.Equal("'bad.docx' is a legacy Word 97–2003 document (.doc) with a .docx name; save it as .docx or PDF first.", exception.Message);
    }

    private static async Task<IngestionException> Decode(byte[] content) =>
        await Assert.ThrowsAsync<IngestionException>(() => new DocxDecoder(new IngestionOptions()).DecodeAsync(content, "bad.docx", TestContext.Current.CancellationToken));

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A package whose one media entry is <paramref name="size"/> zero bytes, written in chunks so memory stays small.</summary>
    private static byte[] ZipWithZeros(long size)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open(), Encoding.UTF8))
            {
                writer.Write(ContentTypes);
            }

            using var entry = archive.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < size; written += chunk.Length)
            {
                entry.Write(chunk, 0, (int)Math.Min(chunk.Length, size - written));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The start of an OLE compound file: its signature and, as a directory would hold them, UTF-16 stream names.</summary>
    private static byte[] CompoundFile(params string[] streams)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streams)
        {
            var entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }

        return bytes.ToArray();
    }
}
