using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Snippets (see <see cref="SnippetWindow"/>) whose marks are the words of a clause text that, after the same
/// analysis as the index, are query terms — so every inflected form of a query word is marked.
/// </summary>
public static class SnippetBuilder
{
    public const int Width = SnippetWindow.Width;

    public static string Build(string text, Analyzer analyzer, IReadOnlySet<string> terms) =>
        SnippetWindow.Build(text, terms.Count == 0 ? [] : Marks(text, analyzer, terms));

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
}
