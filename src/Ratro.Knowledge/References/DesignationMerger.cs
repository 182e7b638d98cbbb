using System.Text.RegularExpressions;
using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.References;

/// <summary>
/// Joins a designation and the same document named again right after it in parentheses or inside its quoted title:
/// "СанПиН 2.6.1.2523-09 (НРБ-99/2009)", "СП 2.6.1.2612-10 «Основные санитарные правила … (ОСПОРБ-99/2010)»",
/// "ICRP Publication 103 (ICRP, 2007)", "the AAPM TG-51 protocol (AAPM Report 67)" are one reference each.
/// </summary>
internal static partial class DesignationMerger
{
    public static List<DesignationMatch> Merge(IReadOnlyList<DesignationMatch> found, string folded)
    {
        var merged = new List<DesignationMatch>(found.Count);
        foreach (var next in found)
        {
            if (merged.Count > 0 && merged[^1] is var last && Repeats(last, next, folded))
            {
                var end = next.End;
                while (end < folded.Length && folded[end] is ')' or '"')
                {
                    end++;
                }

                merged[^1] = last with { Length = end - last.Start };
                continue;
            }

            merged.Add(next);
        }

        return merged;
    }

    /// <summary>The same document again, in parentheses right after the first (a word or two between them at most).</summary>
    private static bool Repeats(DesignationMatch first, DesignationMatch second, string folded)
    {
        if (first.Designation.Canonical != second.Designation.Canonical || second.Start - first.End > 260)
        {
            return false;
        }

        // The second match may itself open the parenthesis: "(ICRP, 2007)".
        var gap = folded[first.End..second.Start] + (folded[second.Start] == '(' ? "(" : "");
        return Between().IsMatch(gap);
    }

    [GeneratedRegex(@"^[ \t]*(?:(?:[\p{L}-]+[ \t]+){0,2}\(|""[^""\n]{0,250}\()[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();
}
