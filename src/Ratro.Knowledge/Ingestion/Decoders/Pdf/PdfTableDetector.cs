namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Finds a page's tables, bordered ones from its rulings first and then borderless ones from aligned
/// runs, and returns the page's flow with each table standing where its first line stood.
/// </summary>
internal static class PdfTableDetector
{
    public static List<PdfFlowItem> Detect(IReadOnlyList<PdfLine> lines, IReadOnlyList<PdfRuling> rulings)
    {
        var owner = new Dictionary<PdfLine, PdfTable>(ReferenceEqualityComparer.Instance);
        foreach (var table in RuledTableDetector.Detect(lines, rulings))
        {
            Claim(table, owner);
        }

        var free = lines.Where(l => !owner.ContainsKey(l)).ToList();
        foreach (var table in AlignedTableDetector.Detect(free))
        {
            Claim(table, owner);
        }

        var flow = new List<PdfFlowItem>(lines.Count);
        var placed = new HashSet<PdfTable>(ReferenceEqualityComparer.Instance);
        foreach (var line in lines)
        {
            if (!owner.TryGetValue(line, out var table))
            {
                flow.Add(PdfFlowItem.Of(line));
            }
            else if (placed.Add(table))
            {
                flow.Add(PdfFlowItem.Of(table));
            }
        }

        return flow;
    }

    private static void Claim(PdfTable table, Dictionary<PdfLine, PdfTable> owner)
    {
        foreach (var line in table.Lines)
        {
            owner.TryAdd(line, table);
        }
    }
}
