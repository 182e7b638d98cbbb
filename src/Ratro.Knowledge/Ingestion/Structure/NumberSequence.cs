namespace Ratro.Knowledge.Ingestion.Structure;

/// <summary>
/// Decides whether a decimal number at the start of a paragraph continues the document's numbering
/// (so it opens a clause) or is just text ("100 МэВ", an enumeration inside a clause). Digests skip
/// numbers, so gaps are allowed; going backwards or jumping far is not. Annex numbering with a letter
/// prefix ("А.1", "B.2.3") runs its own sequence per letter.
/// </summary>
internal sealed class NumberSequence
{
    private const int MaxGap = 30;
    private int[]? last;
    private string lastLetter = "";

    public void Reset()
    {
        last = null;
        lastLetter = "";
    }

    /// <summary>True when <paramref name="number"/> plausibly follows the last accepted number.</summary>
    public bool Accepts(string number)
    {
        if (!TrySplit(number, out var letter, out var segments))
        {
            return true;
        }

        if (last is null || letter != lastLetter)
        {
            return segments.Length > 1 || segments[0] <= MaxGap;
        }

        var shared = Math.Min(segments.Length, last.Length);
        for (var i = 0; i < shared; i++)
        {
            if (segments[i] != last[i])
            {
                var gap = segments[i] - last[i];
                return gap > 0 && gap <= MaxGap;
            }
        }

        return segments.Length > last.Length && segments[last.Length] <= MaxGap;
    }

    public void Accept(string number)
    {
        if (TrySplit(number, out var letter, out var segments))
        {
            last = segments;
            lastLetter = letter;
        }
    }

    private static bool TrySplit(string number, out string letter, out int[] segments)
    {
        var parts = number.Split('.');
        var lettered = parts.Length > 1 && parts[0].Length == 1 && char.IsLetter(parts[0][0]);
        letter = lettered ? parts[0].ToUpperInvariant() : "";
        var start = lettered ? 1 : 0;
        segments = new int[parts.Length - start];
        for (var i = start; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], out segments[i - start]))
            {
                return false;
            }
        }

        return segments.Length > 0;
    }
}
