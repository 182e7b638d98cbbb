using System.Net;
using System.Text;
using Ratro.Knowledge.Elasticsearch.Querying;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>
/// Reads the server's highlight of a whole clause text (HTML-escaped, query words in <c>&lt;mark&gt;</c>) back into
/// the plain text and the marked spans, one span per word (the server may mark a matched phrase as one span), and cuts
/// the snippet window from them with <see cref="SnippetWindow"/>, as the Lucene engine does.
/// </summary>
public static class HighlightedText
{
    public static string Snippet(string highlighted)
    {
        var (text, marks) = Parse(highlighted);
        return SnippetWindow.Build(text, marks);
    }

    public static (string Text, IReadOnlyList<(int Start, int End)> Marks) Parse(string highlighted)
    {
        var text = new StringBuilder(highlighted.Length);
        var marks = new List<(int, int)>();
        var at = 0;
        while (at < highlighted.Length)
        {
            var open = highlighted.IndexOf(Highlighting.Open, at, StringComparison.Ordinal);
            text.Append(WebUtility.HtmlDecode(highlighted[at..(open < 0 ? highlighted.Length : open)]));
            if (open < 0)
            {
                break;
            }

            var from = open + Highlighting.Open.Length;
            var close = highlighted.IndexOf(Highlighting.Close, from, StringComparison.Ordinal);
            var to = close < 0 ? highlighted.Length : close;
            var marked = WebUtility.HtmlDecode(highlighted[from..to]);
            AddWords(marks, text.Length, marked);
            text.Append(marked);
            at = close < 0 ? highlighted.Length : close + Highlighting.Close.Length;
        }

        return (text.ToString(), marks);
    }

    private static void AddWords(List<(int, int)> marks, int offset, string marked)
    {
        var start = -1;
        for (var i = 0; i <= marked.Length; i++)
        {
            var inWord = i < marked.Length && !char.IsWhiteSpace(marked[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                marks.Add((offset + start, offset + i));
                start = -1;
            }
        }
    }
}
