using Ratro.Knowledge.Designations.Rules;

namespace Ratro.Knowledge.Designations;

/// <summary>
/// Finds every designation in running text: each scanning rule runs over the folded text, and overlapping matches are
/// resolved in favour of the one that starts first, then the longer one, then the rule listed first.
/// </summary>
public static class DesignationScanner
{
    /// <summary>The designations in <paramref name="text"/>, in text order, without overlaps.</summary>
    public static IReadOnlyList<DesignationMatch> FindAll(string text) => FindAll(text, TextFold.Fold(text));

    internal static IReadOnlyList<DesignationMatch> FindAll(string original, string folded)
    {
        var context = new RuleContext(original, folded, WholeInput: false);
        var candidates = new List<(int Start, int Length, int Priority, Designation Designation)>();
        var rules = DesignationRules.Scanning;
        for (var priority = 0; priority < rules.Count; priority++)
        {
            if (!ContainsAny(folded, rules[priority].Literals))
            {
                continue;
            }

            for (var match = rules[priority].Pattern.Match(folded); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0 && rules[priority].Build(match, context) is { } designation)
                {
                    candidates.Add((match.Index, TrimmedLength(folded, match.Index, match.Length), priority, designation));
                }
            }
        }

        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Priority.CompareTo(b.Priority));
        var result = new List<DesignationMatch>(candidates.Count);
        var end = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Start >= end)
            {
                result.Add(new DesignationMatch(candidate.Start, candidate.Length, candidate.Designation));
                end = candidate.Start + candidate.Length;
            }
        }

        return result;
    }

    internal static bool ContainsAny(string text, IReadOnlyList<string> literals)
    {
        foreach (var literal in literals)
        {
            if (text.Contains(literal, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A match never ends in white space (optional groups may have consumed it).</summary>
    private static int TrimmedLength(string text, int start, int length)
    {
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
        {
            length--;
        }

        return length;
    }
}
