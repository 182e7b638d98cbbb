using System.Net;
using System.Text;

namespace Ratro.Knowledge.Search;

/// <summary>
/// Snippets from a clause text and the spans to mark: the window (about <see cref="Width"/> characters) holding the
/// most marks, HTML-escaped, each mark wrapped in <c>&lt;mark&gt;</c>, "…" where text was cut. Without marks, the
/// text's beginning. Engines differ in how they find the marks, not in how snippets look.
/// </summary>
public static class SnippetWindow
{
    public const int Width = 240;

    /// <param name="text">The clause text.</param>
    /// <param name="marks">Spans to mark, in order, not overlapping, within the text.</param>
    public static string Build(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        if (marks.Count == 0)
        {
            return Escape(Cut(text, 0, Width), text.Length > Width);
        }

        var (from, to) = BestWindow(text, marks);
        var html = new StringBuilder();
        html.Append(from > 0 ? "…" : "");
        var at = from;
        foreach (var (start, end) in marks.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }

        html.Append(WebUtility.HtmlEncode(text[at..to])).Append(to < text.Length ? "…" : "");
        return html.ToString();
    }

    private static (int From, int To) BestWindow(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var count = marks.Skip(i).TakeWhile(m => m.End <= marks[i].Start + Width).Count();
            if (count > bestCount)
            {
                (best, bestCount) = (i, count);
            }
        }

        var first = marks[best].Start;
        var from = first <= Width / 4 ? 0 : WordStart(text, first - Width / 4);
        var last = marks.Skip(best).TakeWhile(m => m.End <= first + Width).Last().End;
        var to = Math.Min(text.Length, Math.Max(last, from + Width));
        to = to >= text.Length ? text.Length : WordEnd(text, to, last);
        return (from, to);
    }

    private static int WordStart(string text, int at)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WordEnd(string text, int at, int min)
    {
        while (at > min && at < text.Length && !char.IsWhiteSpace(text[at]))
        {
            at--;
        }

        return Math.Max(at, min);
    }

    private static string Cut(string text, int from, int width) =>
        text.Length - from <= width ? text[from..] : text[from..WordEnd(text, from + width, from + width / 2)];

    private static string Escape(string text, bool after) => WebUtility.HtmlEncode(text) + (after ? "…" : "");
}
