using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>The text a rule matched in: the original, its folded copy (same offsets), and whether it is one whole designation string.</summary>
internal readonly record struct RuleContext(string Original, string Folded, bool WholeInput)
{
    /// <summary>The <see cref="Designation.Input"/> of a match: the whole string when parsing one, the matched span when scanning.</summary>
    public string InputOf(Match match) => WholeInput ? Original : Original.Substring(match.Index, match.Length);

    /// <summary>The quoted title after the match, only when a whole designation string is parsed.</summary>
    public string? TitleAfter(Match match) => WholeInput ? DesignationText.QuotedTitle(Folded, match.Index + match.Length) : null;
}
