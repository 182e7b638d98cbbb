using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Snippets: the window of a clause text (about <see cref="Width"/> characters) holding the most matched words,
/// HTML-escaped, matched words wrapped in <c>&lt;mark&gt;</c>. Words are matched after the same analysis as the
/// index, so every inflected form of a query word is marked.
/// </summary>
public static class SnippetBuilder
{
    public const int Width = 240;

    public static string Build(string text, Analyzer analyzer, IReadOnlySet<string> terms)
    {
        var marks = terms.Count == 0 ? [] : Marks(text, analyzer, terms);
        if (marks.Count == 0)
        {
            return Escape(Cut(text, 0, Width), false, text.Length > Width);
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

    private static List<(int Start, int End)> Marks(string text, Analyzer analyzer, IReadOnlySet<string> terms)
    {
        var marks = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream("snippet", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()) && offset.EndOffset <= text.Length && (marks.Count == 0 || offset.StartOffset >= marks[^1].Item2))
            {
                marks.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return marks;
    }

    private static (int From, int To) BestWindow(string text, List<(int Start, int End)> marks)
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

    private static string Escape(string text, bool before, bool after) =>
        (before ? "…" : "") + WebUtility.HtmlEncode(text) + (after ? "…" : "");
}
