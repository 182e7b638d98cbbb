using System.Text;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Removes running headers, footers and page numbers. Only the first and last <see cref="EdgeLines"/>
/// lines of a page are candidates. A candidate is running text when the same text (digits ignored, so
/// "Page 3" and "Page 4" match) stands at the same edge on at least <see cref="RepeatShare"/> of the
/// pages (and on two pages at least); a bare page number ("3", "- 3 -", "Página 3 de 85", "стр. 3",
/// "3/85") at an edge is removed on any page.
/// </summary>
internal static partial class RunningTextFilter
{
    private const int EdgeLines = 3;
    private const double RepeatShare = 0.4;

    public static int Remove(IReadOnlyList<PdfPageContent> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Edges(page).Select(e => e.Key).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(RepeatShare * pages.Count));
        var removed = 0;
        foreach (var page in pages)
        {
            var drop = Edges(page)
                .Where(e => counts.GetValueOrDefault(e.Key) >= threshold || PageNumber().IsMatch(e.Line.Text.Trim()))
                .Select(e => e.Line)
                .ToHashSet(ReferenceEqualityComparer.Instance);
            removed += page.Flow.RemoveAll(i => i.Line is not null && drop.Contains(i.Line));
        }

        return removed;
    }

    private static IEnumerable<(PdfLine Line, string Key)> Edges(PdfPageContent page)
    {
        var lines = page.Flow.Select((item, index) => (item.Line, index)).Where(p => p.Line is not null).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < EdgeLines)
            {
                yield return (lines[i].Line!, "top|" + Normalize(lines[i].Line!.Text));
            }
            else if (i >= lines.Count - EdgeLines)
            {
                yield return (lines[i].Line!, "bottom|" + Normalize(lines[i].Line!.Text));
            }
        }
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (builder.Length == 0 || builder[^1] != '#')
                {
                    builder.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:стр|страница|с|page|p|pág|página|pagina|seite)\.?\s*\d{1,4}(?:\s*(?:из|of|de|/|von)\s*\d{1,4})?$|^\d{1,4}\s*(?:из|of|de|/)\s*\d{1,4}$|(?-i:^[ivxlc]{1,6}$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
