namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>Splits a page's rulings into groups of lines that touch or cross each other (one group per bordered table).</summary>
internal static class RulingGroups
{
    private const double Touch = 2;

    public static List<List<PdfRuling>> Group(IReadOnlyList<PdfRuling> rulings)
    {
        var parent = new int[rulings.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var i = 0; i < rulings.Count; i++)
        {
            for (var j = i + 1; j < rulings.Count; j++)
            {
                if (Touches(rulings[i], rulings[j]))
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }

        var groups = new Dictionary<int, List<PdfRuling>>();
        for (var i = 0; i < rulings.Count; i++)
        {
            var root = Find(parent, i);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = [];
            }

            group.Add(rulings[i]);
        }

        return [.. groups.Values];
    }

    private static bool Touches(PdfRuling a, PdfRuling b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            return Math.Abs(a.At - b.At) <= Touch && a.Start <= b.End + Touch && b.Start <= a.End + Touch;
        }

        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.At >= h.Start - Touch && v.At <= h.End + Touch && h.At >= v.Start - Touch && h.At <= v.End + Touch;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
