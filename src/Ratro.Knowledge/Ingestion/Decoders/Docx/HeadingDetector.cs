using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Decides whether a paragraph is a heading and at which level. Style ids are localized in real files
/// ("1", "Заголовок1", "a3"), so the style NAME and outline levels decide: the paragraph's own
/// w:outlineLvl first (level 9 means body text), then along the style chain a heading style name
/// ("heading 1", "Заголовок 1", "Überschrift 1") or the style's w:outlineLvl.
/// </summary>
internal sealed partial class HeadingDetector(StyleSheet styles)
{
    /// <summary>1 for the top level; null for body text.</summary>
    public int? Level(Paragraph paragraph, string? styleId)
    {
        var own = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
        if (own is not null)
        {
            return FromOutline(own.Value);
        }

        foreach (var style in styles.Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value ?? "";
            var match = HeadingName().Match(name);
            if (match.Success)
            {
                return match.Groups["level"].Value[0] - '0';
            }

            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (outline is not null)
            {
                return FromOutline(outline.Value);
            }
        }

        return null;
    }

    /// <summary>
    /// True for the document title style ("Title", "Название"): the title names the document and is reported as
    /// body text and as the "title" property, not as a heading that would hold every clause.
    /// </summary>
    public bool IsTitle(string? styleId) => styles.Chain(styleId).Take(1).Any(s => TitleName().IsMatch(s.StyleName?.Val?.Value ?? ""));

    /// <summary>True for entries of a table of contents ("toc 1", "Оглавление 2"), which repeat the headings.</summary>
    public bool IsTableOfContentsEntry(string? styleId) =>
        styles.Chain(styleId).Take(1).Any(s => TocName().IsMatch(s.StyleName?.Val?.Value ?? ""));

    private static int? FromOutline(int outline) => outline is >= 0 and <= 8 ? outline + 1 : null;

    [GeneratedRegex(@"^\s*(heading|заголовок|überschrift|titre|título|titolo|kop|nagłówek|rubrik)\s*(?<level>[1-9])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^\s*(title|заголовок|название|titel|titre|título|titolo)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"^\s*(toc|оглавление|содержание|verzeichnis|tdm|índice)\s*[1-9]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TocName();
}
