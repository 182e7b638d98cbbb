using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Document-wide heading work: a bare label heading ("CAPÍTULO I", "ГЛАВА 2", "ANEXO A") takes the title
/// heading printed right under it, and heading levels are ranked by style, larger fonts first and bold
/// before regular at the same size (level 1 is the most prominent).
/// </summary>
internal static class PdfHeadings
{
    public static List<DecodedBlock> MergeLabels(IReadOnlyList<DecodedBlock> blocks)
    {
        var result = new List<DecodedBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (result.Count > 0 && block.Kind == BlockKind.Heading && IsBareLabel(result[^1]) && result[^1].Page == block.Page && ClauseLabelParser.Parse(block.Text) is null)
            {
                result[^1] = result[^1] with { Text = result[^1].Text + " " + block.Text };
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    public static List<DecodedBlock> AssignLevels(IReadOnlyList<DecodedBlock> blocks)
    {
        var styles = blocks.Where(b => b.Kind == BlockKind.Heading)
            .Select(Style)
            .Distinct()
            .OrderByDescending(s => s.Size)
            .ThenByDescending(s => s.Bold)
            .ToList();
        return blocks.Select(b => b.Kind == BlockKind.Heading ? b with { HeadingLevel = styles.IndexOf(Style(b)) + 1 } : b).ToList();
    }

    private static (double Size, bool Bold) Style(DecodedBlock block) => (Math.Round((block.FontSize ?? 0) * 2) / 2, block.Bold);

    private static bool IsBareLabel(DecodedBlock block) =>
        block.Kind == BlockKind.Heading
        && ClauseLabelParser.Parse(block.Text) is { Rest.Length: 0, Kind: ClauseKind.Chapter or ClauseKind.Section or ClauseKind.Annex or ClauseKind.Article or ClauseKind.Schedule };
}
