using System.Text;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Finds footnotes in a page's flow. The small-font lines at the bottom of the page, when the first of
/// them starts with a marker ("1", "*", "[a]", "(2)", a superscript), are taken out and returned (they
/// follow the page's text). Notes right under a table (lines starting with "[a]", "*", or a smaller-font
/// "1." …, possibly after one "Source:" line) are replaced in place by note items, so they stay with
/// the table's clause. Each note runs until the next marker line.
/// </summary>
internal static partial class PdfFootnoteDetector
{
    private const double SmallRatio = 0.95;

    public static List<DecodedBlock> Extract(PdfPageContent page, PdfBodyStyle style, HyphenatedWords words)
    {
        var notes = new List<DecodedBlock>();
        var flow = page.Flow;
        var bottom = flow.Count;
        while (bottom > 0 && flow[bottom - 1].Line is { } line && line.FontSize < SmallRatio * style.FontSize)
        {
            bottom--;
        }

        if (bottom < flow.Count && Marker().IsMatch(flow[bottom].Line!.Text))
        {
            notes.AddRange(Read(flow.GetRange(bottom, flow.Count - bottom).Select(i => i.Line!), page.Number, words));
            flow.RemoveRange(bottom, flow.Count - bottom);
        }

        for (var i = 0; i < flow.Count; i++)
        {
            if (flow[i].Table is not null)
            {
                TakeTableNotes(flow, i + 1, page.Number, style, words);
            }
        }

        return notes;
    }

    private static void TakeTableNotes(List<PdfFlowItem> flow, int start, int page, PdfBodyStyle style, HyphenatedWords words)
    {
        var first = start;
        if (first < flow.Count && flow[first].Line is { } lead && !IsTableNote(lead, style))
        {
            first++;
        }

        if (first >= flow.Count || flow[first].Line is not { } line || !IsTableNote(line, style))
        {
            return;
        }

        var end = first + 1;
        while (end < flow.Count && flow[end].Line is { } next && Continues(flow[end - 1].Line!, next, style))
        {
            end++;
        }

        var read = Read(flow.GetRange(first, end - first).Select(i => i.Line!), page, words).Select(PdfFlowItem.Of).ToList();
        flow.RemoveRange(first, end - first);
        flow.InsertRange(first, read);
    }

    private static bool IsTableNote(PdfLine line, PdfBodyStyle style)
    {
        var match = Marker().Match(line.Text);
        return match.Success && (TableMarker().IsMatch(match.Groups["marker"].Value) || line.FontSize < SmallRatio * style.FontSize);
    }

    private static bool Continues(PdfLine previous, PdfLine line, PdfBodyStyle style) =>
        previous.Baseline - line.Baseline <= 1.5 * style.PitchFor(line.FontSize)
        && Math.Abs(previous.FontSize - line.FontSize) < 0.6
        && (Marker().IsMatch(line.Text) ? IsTableNote(line, style) : !TextShape.StartsNewItem(line.Text));

    private static IEnumerable<DecodedBlock> Read(IEnumerable<PdfLine> lines, int page, HyphenatedWords words)
    {
        string? marker = null;
        var text = new StringBuilder();
        double size = 0;
        foreach (var line in lines)
        {
            var match = Marker().Match(line.Text);
            if (match.Success)
            {
                if (marker is not null)
                {
                    yield return Note(marker, text, page, size);
                }

                marker = match.Groups["marker"].Value;
                size = line.FontSize;
                text.Clear().Append(match.Groups["rest"].Value);
            }
            else if (marker is not null)
            {
                LineJoiner.Append(text, line.Text, words);
            }
        }

        if (marker is not null)
        {
            yield return Note(marker, text, page, size);
        }
    }

    private static DecodedBlock Note(string marker, StringBuilder text, int page, double size) => new()
    {
        Kind = BlockKind.Footnote,
        Text = text.ToString().Trim(),
        FootnoteMarker = marker.TrimEnd('.', ')'),
        Page = page,
        FontSize = size,
    };

    [GeneratedRegex(@"^(?<marker>\d{1,3}[.)]?|[*†‡]{1,3}|\[[^\]\s]{1,4}\]|\([\p{L}\d]{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s+(?<rest>[\p{L}\p{N}«""“(].*)$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:[*†‡]{1,3}|\[[^\]\s]{1,4}\]|\([\p{L}\d]{1,3}\))$")]
    private static partial Regex TableMarker();
}
