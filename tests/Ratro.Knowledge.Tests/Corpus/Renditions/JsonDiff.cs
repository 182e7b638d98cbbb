using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Ratro.Knowledge.Tests.Corpus.Renditions;

/// <summary>A line diff of two texts for failure messages: changed lines with '-' (expected) and '+' (actual), a little context, unchanged runs elided.</summary>
public static class JsonDiff
{
    private const int Context = 2;
    private const int MaxLines = 120;

    public static string Lines(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                for (var k = Math.Max(0, i - Context); k <= Math.Min(lines.Count - 1, i + Context); k++)
                {
                    keep[k] = true;
                }
            }
        }

        var text = new StringBuilder();
        var written = 0;
        var skipped = false;
        for (var i = 0; i < lines.Count && written < MaxLines; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                text.AppendLine("  …");
                skipped = false;
            }

            var mark = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            text.Append(mark).AppendLine(lines[i].Text);
            written++;
        }

        return text.ToString();
    }
}
