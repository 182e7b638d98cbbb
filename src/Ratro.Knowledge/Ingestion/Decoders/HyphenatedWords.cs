namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>
/// What a document itself says about words hyphenated at line ends: compounds it prints with a hyphen
/// inside a line ("радиационно-гигиенический") and words it prints whole ("радиологический"). Built from
/// the document's words; <see cref="LineJoiner"/> asks it first.
/// </summary>
public sealed class HyphenatedWords
{
    public static readonly HyphenatedWords None = new();

    private readonly HashSet<string> compounds = new(StringComparer.Ordinal);
    private readonly HashSet<string> plain = new(StringComparer.Ordinal);

    /// <summary>Records a word as printed inside a line (not at a line end).</summary>
    public void Add(string word)
    {
        var core = word.Trim().Trim(Edge).ToLowerInvariant();
        if (core.Length < 4)
        {
            return;
        }

        var hyphen = core.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && hyphen < core.Length - 1)
        {
            compounds.Add(core);
        }
        else if (hyphen < 0)
        {
            plain.Add(core);
        }
    }

    /// <summary>True when the document prints "head-tail", false when it prints "headtail", null without evidence.</summary>
    public bool? KeepHyphen(string head, string tail)
    {
        if (head.Length == 0 || tail.Length == 0)
        {
            return null;
        }

        var h = head.ToLowerInvariant();
        var t = tail.ToLowerInvariant();
        if (compounds.Contains(h + "-" + t))
        {
            return true;
        }

        return plain.Contains(h + t) ? false : null;
    }

    private static readonly char[] Edge = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '«', '»', '"', '“', '”', '\''];
}
