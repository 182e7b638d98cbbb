using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// PDFsharp 6.2 draws two things from <c>Guid.NewGuid()</c> on every save: the six-letter tags of embedded
/// font subsets ("EKHQJH+DejaVu Sans") and the XMP DocumentID/InstanceID. Both sit in uncompressed
/// dictionaries and the metadata stream, so they are rewritten here to values derived from the source
/// hash, with the same length, which keeps every byte offset (and the xref table) valid.
/// </summary>
internal static partial class DeterministicPdf
{
    public static byte[] Normalize(byte[] pdf, byte[] seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = ReplaceEach(SubsetTag(), text, (index, _) => Tag(seed, index));
        text = ReplaceEach(XmpId(), text, (index, _) => new Guid(Derive(seed, "xmp", index).AsSpan(0, 16)).ToString("D"));
        var result = Encoding.Latin1.GetBytes(text);
        return result.Length == pdf.Length
            ? result
            : throw new InvalidOperationException("Normalizing the PDF changed its length; its byte offsets would be wrong.");
    }

    /// <summary>The document ID PDFsharp writes in the trailer: the first 16 bytes of the seed, as PDFsharp's raw string.</summary>
    public static string DocumentId(byte[] seed) => string.Create(16, seed, (chars, bytes) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }
    });

    private static string ReplaceEach(Regex regex, string text, Func<int, string, string> replacement)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return regex.Replace(text, match =>
        {
            if (!map.TryGetValue(match.Value, out var value))
            {
                value = replacement(map.Count, match.Value);
                map[match.Value] = value;
            }

            return value;
        });
    }

    private static string Tag(byte[] seed, int index)
    {
        var bytes = Derive(seed, "subset", index);
        return string.Create(6, bytes, (chars, b) =>
        {
            for (var i = 0; i < 6; i++)
            {
                chars[i] = (char)('A' + (b[i] % 26));
            }
        });
    }

    private static byte[] Derive(byte[] seed, string purpose, int index) =>
        SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes($"{purpose}:{index}")]);

    [GeneratedRegex(@"(?<=/(?:BaseFont|FontName)/)[A-Z]{6}(?=\+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"(?<=<xmpMM:(?:DocumentID|InstanceID)>uuid:)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpId();
}
