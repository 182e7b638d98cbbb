using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>Reads bytes of a text file as UTF-8 (with or without BOM), falling back to Windows-1251; rejects binary data.</summary>
public static class TextContent
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextContent() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.IndexOf((byte)0) >= 0)
        {
            throw new IngestionException(IngestionFailure.InvalidText, $"'{fileName}' is not a text file: it contains binary data (NUL bytes).");
        }

        var bytes = content.StartsWith(Encoding.UTF8.Preamble) ? content[Encoding.UTF8.Preamble.Length..] : content;
        try
        {
            return StrictUtf8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1251).GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
    }
}
