namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>Counts font sizes (to 0.1 pt) and tells the most frequent one; a line holds few distinct sizes, so a list is enough.</summary>
internal sealed class SizeTally
{
    private readonly List<(int Size, int Count)> counts = new(2);

    public void Add(double size, int count = 1)
    {
        var key = (int)Math.Round(size * 10);
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Size == key)
            {
                counts[i] = (key, counts[i].Count + count);
                return;
            }
        }

        counts.Add((key, count));
    }

    /// <summary>The most frequent size (the larger one on a tie), or <paramref name="fallback"/> when nothing was counted.</summary>
    public double Mode(double fallback)
    {
        if (counts.Count == 0)
        {
            return fallback;
        }

        var best = counts[0];
        foreach (var entry in counts)
        {
            if (entry.Count > best.Count || (entry.Count == best.Count && entry.Size > best.Size))
            {
                best = entry;
            }
        }

        return best.Size / 10.0;
    }
}
