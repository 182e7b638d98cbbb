namespace Ratro.Knowledge.References.Graph;

/// <summary>Orders clause keys as a reader numbers them: "3.2" before "3.10", document level (null) first.</summary>
public sealed class ClauseKeyOrder : IComparer<string?>
{
    public static ClauseKeyOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (a, nextI) = Number(x, i);
                var (b, nextJ) = Number(y, j);
                if (a != b)
                {
                    return a.CompareTo(b);
                }

                (i, j) = (nextI, nextJ);
                continue;
            }

            var c = x[i].CompareTo(y[j]);
            if (c != 0)
            {
                return c;
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static (long Value, int Next) Number(string s, int start)
    {
        var end = start;
        long value = 0;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            value = value < long.MaxValue / 10 - 10 ? value * 10 + (s[end] - '0') : value;
            end++;
        }

        return (value, end);
    }
}
