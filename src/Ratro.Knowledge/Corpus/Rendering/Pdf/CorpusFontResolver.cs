using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly under a family name of our own, so it never
/// shadows fonts another part of an application resolves.
/// </summary>
public sealed class CorpusFontResolver : IFontResolver
{
    /// <summary>The family name renditions ask for.</summary>
    public const string FamilyName = "Ratro Corpus Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";
    private readonly ConcurrentDictionary<string, byte[]> faces = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return bold
            ? new FontResolverInfo(BoldFace, false, italic)
            : new FontResolverInfo(RegularFace, false, italic);
    }

    public byte[]? GetFont(string faceName) =>
        faceName is RegularFace or BoldFace ? faces.GetOrAdd(faceName, Load) : null;

    private static byte[] Load(string faceName)
    {
        var name = $"Ratro.Knowledge.Corpus.Rendering.Fonts.{faceName}.ttf";
        using var stream = typeof(CorpusFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new CorpusException($"the font resource '{name}' is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
