using PdfSharp.Fonts;

namespace Ratro.Knowledge.Corpus.Rendering.Pdf;

/// <summary>
/// Makes the rendition font available to PDFsharp once per process. PDFsharp's font resolvers are global:
/// when none is set ours becomes the resolver; when another one is set ours becomes the fallback; when
/// both are taken the application's resolver is trusted to serve "DejaVu Sans".
/// </summary>
public static class CorpusFonts
{
    private static readonly Lock Gate = new();
    private static string? family;

    /// <summary>The family name to pass to <c>XFont</c>.</summary>
    public static string Family
    {
        get
        {
            lock (Gate)
            {
                return family ??= Register();
            }
        }
    }

    private static string Register()
    {
        try
        {
            return RegisterResolver();
        }
        catch (InvalidOperationException e)
        {
            throw new CorpusException($"the rendition font cannot be registered with PDFsharp: {e.Message}");
        }
    }

    private static string RegisterResolver()
    {
        if (GlobalFontSettings.FontResolver is null)
        {
            GlobalFontSettings.FontResolver = new CorpusFontResolver();
            return CorpusFontResolver.FamilyName;
        }

        if (GlobalFontSettings.FontResolver is CorpusFontResolver || GlobalFontSettings.FallbackFontResolver is CorpusFontResolver)
        {
            return CorpusFontResolver.FamilyName;
        }

        if (GlobalFontSettings.FallbackFontResolver is null)
        {
            GlobalFontSettings.FallbackFontResolver = new CorpusFontResolver();
            return CorpusFontResolver.FamilyName;
        }

        return "DejaVu Sans";
    }
}
