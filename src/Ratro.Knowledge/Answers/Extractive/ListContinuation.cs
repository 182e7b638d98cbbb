using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// A passage that ends with a colon announces a list ("The report defines three levels:"); the quote then runs on
/// through the list items that follow it in the clause (lines starting with a dash, bullet or item number), as one
/// verbatim span, so the answer carries what was announced.
/// </summary>
public static partial class ListContinuation
{
    private const int MaxItems = 6;

    public static ScoredPassage Extend(ScoredPassage scored)
    {
        var passage = scored.Passage;
        if (!passage.Text.EndsWith(':'))
        {
            return scored;
        }

        var passages = scored.Clause.Passages.Select(p => p.Passage).ToList();
        var at = passages.FindIndex(p => p.Start == passage.Start);
        var end = passage.Start + passage.Length;
        var items = 0;
        for (var i = at + 1; i < passages.Count && items < MaxItems && Item().IsMatch(passages[i].Text); i++, items++)
        {
            end = passages[i].Start + passages[i].Length;
        }

        if (items == 0)
        {
            return scored;
        }

        var text = scored.Clause.Candidate.Clause.Text[passage.Start..end];
        return scored with { Passage = new Passage(passage.Start, end - passage.Start, text, false) };
    }

    [GeneratedRegex(@"^(?:[-–—•*]|\d+[.)])\s", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
