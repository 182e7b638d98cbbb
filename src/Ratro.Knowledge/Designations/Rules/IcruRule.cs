using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>"ICRU Report 83", "ICRU 83", "ICRU-83", "МКРЕ, Доклад 50" → "ICRU Report 83".</summary>
internal sealed partial class IcruRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart
        + @"(?:ICRU|МКРЕ)(?:\s*,?\s*(?:Report|Rep\.|Доклад\p{L}{0,2})\s*(?:No\.?\s*)?|\s*-\s*|\s+)(?<n>\d{1,3})(?![\d.,]\d|\d)";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["ICRU", "МКРЕ"];

    public Designation? Build(Match match, RuleContext context) => new()
    {
        Input = context.InputOf(match),
        Canonical = $"ICRU Report {match.Groups["n"].Value}",
        WorkKey = $"ICRU Report {match.Groups["n"].Value}",
        Family = DesignationFamily.Icru,
        Number = match.Groups["n"].Value,
        Jurisdiction = "INT",
    };

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
