using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Rendering;

/// <summary>
/// Finds footnote reference marks in decoded paragraph text. The Markdown decoder keeps a reference
/// <c>[^1]</c> in the text in brackets and lists the footnote on the block under the same label; only marks
/// of listed footnotes are split out, so a literal "[3]" in running text stays text.
/// </summary>
public static partial class FootnoteMarks
{
    public static IReadOnlyList<TextPiece> Split(string text, IReadOnlyList<Footnote> footnotes)
    {
        if (footnotes.Count == 0)
        {
            return [new TextPiece(text, null)];
        }

        var pieces = new List<TextPiece>();
        var position = 0;
        foreach (Match match in Mark().Matches(text))
        {
            var label = match.Groups["label"].Value;
            if (!footnotes.Any(f => f.Marker == label))
            {
                continue;
            }

            if (match.Index > position)
            {
                pieces.Add(new TextPiece(text[position..match.Index], null));
            }

            pieces.Add(new TextPiece(Display(label), label));
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            pieces.Add(new TextPiece(text[position..], null));
        }

        return pieces;
    }

    /// <summary>The mark a reader sees: the label without Markdown's caret ("^1" → "1").</summary>
    public static string Display(string label) => label.TrimStart('^');

    [GeneratedRegex(@"\[(?<label>[^\[\]\s]{1,16})\]")]
    private static partial Regex Mark();
}
