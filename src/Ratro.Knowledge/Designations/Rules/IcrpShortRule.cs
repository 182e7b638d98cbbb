using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>"Publ. 103" alone: an ICRP publication only when a whole string is known to be one designation (never scanned).</summary>
internal sealed partial class IcrpShortRule : IDesignationRule
{
    public bool Scans => false;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["Publ", "Публ"];

    public Designation? Build(Match match, RuleContext context) =>
        IcrpRule.Create(match, context, match.Groups["n"].Value, ["\"Publ.\" without an issuer is read as an ICRP publication"]);

    [GeneratedRegex(@"^\s*(?:Publ\.|Publication|Публ\.|Публикация)\s*(?<n>\d{1,3})\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
