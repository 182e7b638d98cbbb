using System.Text;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Pdf;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>Files the decoder refuses, each with its reason and a message naming the file and the cause.</summary>
public sealed class PdfDecoderFailureTests
{
    public static TheoryData<string, IngestionFailure, string> Refused => new()
    {
        { "scan", IngestionFailure.NoTextLayer, "'scan.pdf' has no text layer" },
        { "scan-with-page-number", IngestionFailure.NoTextLayer, "'scan-with-page-number.pdf' is a scan: 1 page(s) of images with only 1 character(s) of text" },
        { "user-password", IngestionFailure.EncryptedPdf, "'user-password.pdf' is encrypted with a password" },
        { "truncated", IngestionFailure.CorruptPdf, "'truncated.pdf' is a truncated PDF" },
        { "garbage-after-header", IngestionFailure.CorruptPdf, "'garbage-after-header.pdf' is a damaged PDF that cannot be read: " },
        { "private-use", IngestionFailure.GarbageText, "'private-use.pdf' has a text layer that cannot be read: 100% of its characters are private-use" },
        { "mojibake", IngestionFailure.GarbageText, "Cyrillic text read with a Western code page" },
        { "cid", IngestionFailure.GarbageText, "\"(cid:NN)\" codes" },
        { "symbols", IngestionFailure.GarbageText, "'symbols.pdf' has a text layer that cannot be read: only 0% of its characters are letters or digits" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Unreadable_files_fail_with_their_reason(string name, IngestionFailure failure, string message)
    {
        var content = Content(name);

        var error = Assert.Throws<IngestionException>(() => Decode(content, name + ".pdf"));

        Assert.Equal(failure, error.Failure);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_is_reported_as_needing_ocr()
    {
        var error = Assert.Throws<IngestionException>(() => Decode(PdfFixtures.ImageOnly(), "scan.pdf"));

        Assert.Equal(IngestionStatus.NeedsOcr, IngestionResult.Failed("scan.pdf", error).Status);
    }

    [Fact]
    public void Owner_password_alone_does_not_stop_reading()
    {
        var document = Decode(PdfFixtures.Protected(userPassword: null, ownerPassword: "owner"), "owner.pdf");

        Assert.Contains(document.Blocks, b => b.Text == "1.1 This text is readable once the document is opened.");
    }

    [Fact]
    public void Page_limit_is_enforced_with_a_clear_message()
    {
        var decoder = new PdfDecoder(new IngestionOptions { MaxPages = 2 });

        var error = Assert.Throws<IngestionException>(() => decoder.Decode(PdfFixtures.RussianStandard(), "long.pdf", CancellationToken.None));

        Assert.Equal(IngestionFailure.TooLarge, error.Failure);
        Assert.Equal("'long.pdf' has 3 pages; at most 2 pages are read (setting Ingestion:MaxPages).", error.Message);
    }

    [Fact]
    public void Options_can_come_from_configuration()
    {
        var decoder = new PdfDecoder(Options.Create(new IngestionOptions { MaxPages = 1 }));

        Assert.Equal(IngestionFailure.TooLarge, Assert.Throws<IngestionException>(() => decoder.Decode(PdfFixtures.RussianStandard(), "long.pdf", CancellationToken.None)).Failure);
        Assert.Equal(SourceFormat.Pdf, decoder.Format);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PdfDecoder(new IngestionOptions()).DecodeAsync(PdfFixtures.RussianStandard(), "standard.pdf", cancelled.Token));
    }

    private static DecodedDocument Decode(byte[] content, string fileName) =>
        new PdfDecoder(new IngestionOptions()).Decode(content, fileName, CancellationToken.None);

    private static byte[] Content(string name) => name switch
    {
        "scan" => PdfFixtures.ImageOnly(),
        "scan-with-page-number" => PdfFixtures.ImageOnly(pageNumber: true),
        "symbols" => PdfFixtures.SymbolText(),
        "user-password" => PdfFixtures.Protected(userPassword: "secret", ownerPassword: "owner"),
        "truncated" => PdfFixtures.RussianStandard()[..20_000],
        "garbage-after-header" => [.. "%PDF-1.7\n"u8, .. Noise(4096), .. "\n%%EOF\n"u8],
        "private-use" => PdfFixtures.PrivateUseText(),
        "mojibake" => PdfFixtures.Mojibake(),
        "cid" => PdfFixtures.CidText(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown fixture."),
    };

    /// <summary>Deterministic bytes that are not PDF syntax.</summary>
    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        uint state = 2463534242;
        for (var i = 0; i < length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            bytes[i] = (byte)state;
        }

        return Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace("%%EOF", "%%EOX", StringComparison.Ordinal));
    }
}
