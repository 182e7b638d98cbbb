using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>"NCRP Report No. 151", "NCRP Report 151", "NCRP 151" → "NCRP Report No. 151".</summary>
internal sealed partial class NcrpRule : IDesignationRule
{
    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["NCRP"];

    public Designation? Build(Match match, RuleContext context) => new()
    {
        Input = context.InputOf(match),
        Canonical = $"NCRP Report No. {match.Groups["n"].Value}",
        WorkKey = $"NCRP Report No. {match.Groups["n"].Value}",
        Family = DesignationFamily.NcrpReport,
        Number = match.Groups["n"].Value,
        Jurisdiction = "US",
    };

    [GeneratedRegex(PatternParts.WordStart + @"NCRP\s*,?\s*(?:Report\s*)?(?:No\.?\s*)?(?<n>\d{1,3})(?![\d.,]\d|\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
