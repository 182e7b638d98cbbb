using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// English texts write Russian designations in Latin letters: "NRB-99/2009", "OSPORB-99/2010", "SanPiN 2.6.1.2523-09",
/// "SP 2.6.1.2612-10", "MU 2.6.1.3015-12", "GOST R 56314-2014", "3-FZ". This gives the Cyrillic spelling, letter for
/// letter (same length, so positions in the question stay valid), for the designation recognizer.
/// </summary>
public static partial class LatinDesignations
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["NRB"] = "НРБ",
        ["OSPORB"] = "ОСПОРБ",
        ["SanPiN"] = "СанПиН",
        ["SANPIN"] = "САНПИН",
        ["SP"] = "СП",
        ["MU"] = "МУ",
        ["MR"] = "МР",
        ["GOST R"] = "ГОСТ Р",
        ["GOST"] = "ГОСТ",
        ["FZ"] = "ФЗ",
    };

    public static string ToCyrillic(string text) =>
        Prefix().Replace(text, m => Prefixes[m.Groups["p"].Value] + m.Groups["rest"].Value);

    [GeneratedRegex(@"(?<![\p{L}])(?<p>NRB|OSPORB|SanPiN|SANPIN|SP|MU|MR|GOST R|GOST)(?<rest>\s?[-–]?\s?\d)|(?<=\d-)(?<p>FZ)(?<rest>)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
