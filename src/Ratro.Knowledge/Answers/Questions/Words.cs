using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Splits text into words and reduces them to comparison stems the same way for questions and clause text:
/// lower case, ё→е, a case or adjective ending cut from Cyrillic words and plural or verb endings from Latin
/// ones, then at most six letters kept; the clause abbreviations of normative texts ("табл.", "ст.", "para.") are
/// read as their words first. Crude on purpose: it is symmetric, language-tolerant and fast, and only
/// decides whether a clause mentions what a question asks. Numbers keep their digits with "," read as ".".
/// </summary>
public static partial class Words
{
    private const int StemLength = 6;

    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var stem = WordForms.Of(match.ValueSpan).Stem;
            if (stem.Length > 0)
            {
                words.Add(new Word(match.Index, match.Length, match.Value, stem));
            }
        }

        return words;
    }

    /// <summary>The stems of a text, in order.</summary>
    public static IReadOnlyList<string> Stems(string text) => Split(text).Select(w => w.Stem).ToList();

    /// <summary>The stems of a text and the cognate keys of its longer words (see <see cref="Cognates"/>), for matching.</summary>
    public static HashSet<string> StemsAndCognates(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var (stem, cognate) = WordForms.Of(text.AsSpan(match.Index, match.Length));
            if (stem.Length == 0)
            {
                continue;
            }

            set.Add(stem);
            if (cognate is not null)
            {
                set.Add(cognate);
            }
        }

        return set;
    }

    public static string Stem(string word) => WordForms.Of(word).Stem;

    /// <summary>Computes the stem of a word (<see cref="Stem"/> remembers the results through <see cref="WordForms"/>).</summary>
    internal static string Cut(string word)
    {
        var lower = word.ToLowerInvariant().Replace('ё', 'е');
        if (lower.Length == 0)
        {
            return "";
        }

        if (char.IsDigit(lower[0]))
        {
            return lower.Replace(',', '.');
        }

        if (Abbreviations.TryGetValue(lower, out var full))
        {
            lower = full;
        }

        var stem = IsCyrillic(lower) ? CutRussian(lower) : CutLatin(lower);
        return stem.Length <= StemLength ? stem : stem[..StemLength];
    }

    public static bool IsCyrillic(string word) => word.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static string CutRussian(string word)
    {
        if (word.Length < 4)
        {
            return word;
        }

        foreach (var ending in RussianEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    /// <summary>Abbreviations normative texts use for clause words, read as the words.</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["табл"] = "таблица",
        ["ст"] = "статья",
        ["прил"] = "приложение",
        ["разд"] = "раздел",
        ["para"] = "paragraph",
        ["paras"] = "paragraphs",
        ["art"] = "article",
        ["fig"] = "figure",
    };

    /// <summary>Case, number and adjective endings, longest first.</summary>
    private static readonly string[] RussianEndings =
    [
        "иями", "ями", "ами", "иях", "ией", "ого", "его", "ому", "ему", "ыми", "ими", "ях", "ах", "ов", "ев", "ей", "ой",
        "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ом", "ем", "ым", "им", "ую", "юю", "ам", "ям", "ия", "ию", "ии",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    ];

    private static string CutLatin(string word)
    {
        if (word.Length < 4)
        {
            return word;
        }

        foreach (var ending in LatinEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static readonly string[] LatinEndings = ["ies", "es", "s", "ing", "ed", "e", "y"];

    [GeneratedRegex(@"\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{Mn}]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
