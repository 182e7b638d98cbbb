using Ratro.Knowledge.Elasticsearch.Results;

namespace Ratro.Knowledge.Elasticsearch.Tests.Results;

/// <summary>The server's whole-text highlight is read back into text and word marks and cut into the shared snippet (cases in highlights.tsv).</summary>
public sealed class HighlightedTextTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Results", "highlights.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : "");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Highlight_becomes_the_shared_snippet_with_one_mark_per_word(string highlighted, string plain, string snippet, string words)
    {
        var (text, marks) = HighlightedText.Parse(highlighted);

        Assert.Equal(plain, text);
        Assert.Equal(words.Split('|', StringSplitOptions.RemoveEmptyEntries), marks.Select(m => text[m.Start..m.End]).ToArray());
        Assert.Equal(snippet, HighlightedText.Snippet(highlighted));
    }

    [Fact]
    public void A_long_highlighted_text_is_cut_to_a_window_around_the_marks()
    {
        var filler = string.Join(' ', Enumerable.Repeat("общие положения", 60));
        var highlighted = $"{filler} Требования к <mark>брахитерапии</mark> изложены здесь. {filler}";

        var snippet = HighlightedText.Snippet(highlighted);

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>брахитерапии</mark>", snippet);
        Assert.True(snippet.Length < 400, $"snippet is {snippet.Length} characters");
    }
}
