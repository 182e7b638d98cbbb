using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Rejoins paragraphs split by a page break: when the last paragraph of a page does not end a sentence
/// and the first paragraph of the next page starts in lower case, they are one paragraph that starts on
/// the first page and ends (<see cref="DecodedBlock.PageEnd"/>) on the next. Footnotes standing between
/// them stay where they are, after the joined paragraph.
/// </summary>
internal static class PageBreakJoiner
{
    public static List<DecodedBlock> Join(IReadOnlyList<DecodedBlock> blocks, HyphenatedWords words)
    {
        var result = new List<DecodedBlock>(blocks.Count);
        var open = -1;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Footnote)
            {
                result.Add(block);
                continue;
            }

            if (open >= 0 && Continues(result[open], block))
            {
                var text = new StringBuilder(result[open].Text);
                LineJoiner.Append(text, block.Text, words);
                result[open] = result[open] with { Text = text.ToString(), PageEnd = block.PageEnd ?? block.Page };
                continue;
            }

            result.Add(block);
            open = block.Kind == BlockKind.Paragraph ? result.Count - 1 : -1;
        }

        return result;
    }

    private static bool Continues(DecodedBlock previous, DecodedBlock block) =>
        block.Kind == BlockKind.Paragraph
        && block.Page > (previous.PageEnd ?? previous.Page)
        && !TextShape.EndsSentence(previous.Text)
        && TextShape.StartsLower(block.Text);
}
