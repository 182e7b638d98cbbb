namespace Ratro.Knowledge.Designations;

/// <summary>
/// Letters that look alike in Latin and Cyrillic ("ГОСТ P" with a Latin P, "OT" for "от", "B3AMEH" for "ВЗАМЕН"
/// in OCR text), and the script a letter can only belong to. Lookups are table-driven: folding runs over whole documents.
/// </summary>
internal static class Homoglyphs
{
    private const string LatinTwins = "ABCEHKMOPTXYaceopxy";
    private const string CyrillicTwins = "АВСЕНКМОРТХУасеорху";

    private static readonly char[] LatinToCyrillic = BuildLatin();
    private static readonly char[] CyrillicToLatin = BuildCyrillic();

    public static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>A Latin or Cyrillic letter that has a twin in the other script.</summary>
    public static bool HasTwin(char c) =>
        c < 128 ? LatinToCyrillic[c] != '\0' : IsCyrillic(c) && CyrillicToLatin[c - '\u0400'] != '\0';

    public static char ToCyrillic(char c) => c < 128 && LatinToCyrillic[c] != '\0' ? LatinToCyrillic[c] : c;

    public static char ToLatin(char c) => IsCyrillic(c) && CyrillicToLatin[c - '\u0400'] != '\0' ? CyrillicToLatin[c - '\u0400'] : c;

    private static char[] BuildLatin()
    {
        var table = new char[128];
        for (var i = 0; i < LatinTwins.Length; i++)
        {
            table[LatinTwins[i]] = CyrillicTwins[i];
        }

        return table;
    }

    private static char[] BuildCyrillic()
    {
        var table = new char[256];
        for (var i = 0; i < CyrillicTwins.Length; i++)
        {
            table[CyrillicTwins[i] - '\u0400'] = LatinTwins[i];
        }

        return table;
    }
}
