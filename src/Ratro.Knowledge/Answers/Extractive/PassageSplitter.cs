using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// Splits clause text into sentences and table rows, keeping their offsets. A line with " | " is a table row. A
/// sentence ends at ".", "!" or "?" followed by a space and a capital letter, digit, quote or bracket, except after
/// the abbreviations documents use ("п.", "ст.", "табл.", "г.", "No.", "e.g.", "et al.") and initials ("А. С. Иванов").
/// </summary>
public static partial class PassageSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "п", "пп", "ст", "табл", "прил", "разд", "гл", "рис", "г", "гг", "т", "др", "см", "ч", "им", "ред", "англ", "мин", "макс",
        "no", "nos", "e.g", "i.e", "al", "para", "paras", "art", "fig", "vol", "ed", "rev", "approx", "cf", "vs", "etc", "min", "max",
    };

    public static IReadOnlyList<Passage> Split(string text)
    {
        var passages = new List<Passage>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text[lineStart..lineEnd];
            if (line.Contains(" | ", StringComparison.Ordinal))
            {
                Add(passages, text, lineStart, lineEnd, table: true);
            }
            else
            {
                SplitSentences(passages, text, lineStart, lineEnd);
            }

            lineStart = lineEnd + 1;
        }

        return passages;
    }

    private static void SplitSentences(List<Passage> passages, string text, int start, int end)
    {
        var sentenceStart = start;
        foreach (Match boundary in Boundary().Matches(text[start..end]))
        {
            var at = start + boundary.Index;
            if (IsAbbreviation(text, sentenceStart, at, at + boundary.Length))
            {
                continue;
            }

            Add(passages, text, sentenceStart, at + 1, table: false);
            sentenceStart = at + boundary.Length;
        }

        Add(passages, text, sentenceStart, end, table: false);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot, int next)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return Abbreviations.Contains(word) || (word.Length == 1 && Initials(text, next));
    }

    /// <summary>A single letter ends a sentence ("группы А.", "Table I.") unless initials follow ("А. С. Иванов").</summary>
    private static bool Initials(string text, int next) =>
        next + 1 < text.Length && char.IsUpper(text[next]) && text[next + 1] == '.';

    private static void Add(List<Passage> passages, string text, int start, int end, bool table)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            passages.Add(new Passage(start, end - start, text[start..end], table));
        }
    }

    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}\p{N}«""(\[])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
