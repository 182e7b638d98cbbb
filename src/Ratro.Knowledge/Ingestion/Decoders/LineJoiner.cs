using System.Text;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>
/// Joins wrapped lines into a paragraph. Lines are joined by a space, except after a hyphen at a line end:
/// <list type="number">
/// <item>a soft hyphen (U+00AD) is dropped and the word rejoined;</item>
/// <item>the document's own usage decides when it has any (<see cref="HyphenatedWords"/>: the compound
/// printed with a hyphen elsewhere keeps it, a word printed whole is rejoined);</item>
/// <item>the hyphen stays (no space) when either side is a capital or a digit ("Жолио-Кюри", "Cs-137",
/// "МЭК-"), or when the first part is the stem of a Russian compound adjective ending in -но/-ко/-во/-ро
/// and the rest is an adjective of five letters or more ("радиационно-гигиенический", "физико-химических");</item>
/// <item>otherwise a hyphen between lower-case letters is line-end hyphenation: dropped, word rejoined.</item>
/// </list>
/// </summary>
public static partial class LineJoiner
{
    public static void Append(StringBuilder paragraph, string line) => Append(paragraph, line, HyphenatedWords.None);

    public static void Append(StringBuilder paragraph, string line, HyphenatedWords words)
    {
        if (paragraph.Length == 0)
        {
            paragraph.Append(line);
            return;
        }

        if (line.Length == 0)
        {
            return;
        }

        var last = paragraph[^1];
        if (last is '\u00AD')
        {
            paragraph.Length--;
            paragraph.Append(line);
            return;
        }

        if (last is '-' or '\u2010' && paragraph.Length > 1 && char.IsLetterOrDigit(paragraph[^2]))
        {
            var head = Head(paragraph);
            var tail = Tail(line);
            var evidence = words.KeepHyphen(head, tail);
            if (evidence ?? KeepsHyphen(head, tail, line))
            {
                paragraph.Append(line);
                return;
            }

            if (evidence == false || char.IsLower(line[0]))
            {
                paragraph.Length--;
                paragraph.Append(line);
                return;
            }
        }

        paragraph.Append(' ').Append(line);
    }

    private static bool KeepsHyphen(string head, string tail, string line)
    {
        if (head.Length == 0 || char.IsUpper(head[^1]) || char.IsDigit(head[^1]) || char.IsUpper(line[0]) || char.IsDigit(line[0]))
        {
            return head.Length > 0;
        }

        return tail.Length >= 5 && CompoundStem().IsMatch(head) && AdjectiveEnding().IsMatch(tail);
    }

    /// <summary>The letters and digits right before the final hyphen.</summary>
    private static string Head(StringBuilder paragraph)
    {
        var end = paragraph.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(paragraph[start - 1]))
        {
            start--;
        }

        return paragraph.ToString(start, end - start);
    }

    private static string Tail(string line)
    {
        var end = 0;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return line[..end];
    }

    [GeneratedRegex("(?:[бвгджзклмнпрстфхцчшщь]н|[иь]к|[бвгджзклмнпрстфхцчшщ]в|[еи]р|ск)о$", RegexOptions.CultureInvariant)]
    private static partial Regex CompoundStem();

    [GeneratedRegex("(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей|ыми|ими)$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveEnding();
}
