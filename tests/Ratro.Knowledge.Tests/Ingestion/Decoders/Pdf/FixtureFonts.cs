using PdfSharp.Fonts;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>
/// Serves PDFsharp the DejaVu Sans files shipped with the tests (Fixtures/Fonts), so fixtures draw the
/// same glyphs on every machine and need no system fonts. Every family name maps to DejaVu Sans.
/// </summary>
internal sealed class FixtureFonts : IFontResolver
{
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not FixtureFonts)
            {
                GlobalFontSettings.FontResolver = new FixtureFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Fonts", faceName + ".ttf"));
}
