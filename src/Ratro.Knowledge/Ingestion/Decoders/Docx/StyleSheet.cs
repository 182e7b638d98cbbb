using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// The styles part: styles by id (the first definition wins when a file repeats an id), their basedOn chains,
/// the default paragraph style and the document's default run formatting.
/// </summary>
internal sealed class StyleSheet
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, Style> byId = new(StringComparer.Ordinal);
    private readonly RunPropertiesBaseStyle? defaults;

    public StyleSheet(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            var id = style.StyleId?.Value;
            if (id is null || !byId.TryAdd(id, style))
            {
                continue;
            }

            if (DefaultParagraphStyleId is null && style.Type?.InnerText == "paragraph" && OnOff.IsTrue(style.Default))
            {
                DefaultParagraphStyleId = id;
            }
        }

        defaults = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
    }

    public string? DefaultParagraphStyleId { get; }

    /// <summary>The style id a paragraph uses: its own pStyle or the default paragraph style.</summary>
    public string? ParagraphStyleId(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? DefaultParagraphStyleId;

    /// <summary>The style's name as the file records it, or its id when it has no name.</summary>
    public string? Name(string? styleId) =>
        styleId is null ? null : byId.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value ?? styleId : styleId;

    /// <summary>The style and the styles it is based on, nearest first.</summary>
    public IEnumerable<Style> Chain(string? styleId)
    {
        var seen = 0;
        while (styleId is not null && seen++ < MaxChain && byId.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    public Style? Find(string? styleId) => styleId is not null && byId.TryGetValue(styleId, out var style) ? style : null;

    /// <summary>Whether a run is bold: direct formatting, then its character style, then the paragraph style, then document defaults.</summary>
    public bool IsBold(RunProperties? run, string? paragraphStyleId) =>
        OnOff.Value(run?.Bold)
        ?? Chain(run?.RunStyle?.Val?.Value).Select(s => OnOff.Value(s.StyleRunProperties?.Bold)).FirstOrDefault(b => b is not null)
        ?? Chain(paragraphStyleId).Select(s => OnOff.Value(s.StyleRunProperties?.Bold)).FirstOrDefault(b => b is not null)
        ?? OnOff.Value(defaults?.Bold)
        ?? false;

    /// <summary>A run's font size in points, found the same way as <see cref="IsBold"/>; null when nothing sets it.</summary>
    public double? FontSize(RunProperties? run, string? paragraphStyleId)
    {
        var halfPoints = run?.FontSize?.Val?.Value
            ?? Chain(run?.RunStyle?.Val?.Value).Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null)
            ?? Chain(paragraphStyleId).Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null)
            ?? defaults?.FontSize?.Val?.Value;
        return double.TryParse(halfPoints, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value / 2 : null;
    }
}
