using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// ESTRO guidelines have no numbering: "ESTRO breast CTV delineation guideline (2015)" is kept as printed (family Other).
/// Accepted only when a whole string is parsed as one designation.
/// </summary>
internal sealed partial class EstroRule : IDesignationRule
{
    public bool Scans => false;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["ESTRO"];

    public Designation? Build(Match match, RuleContext context)
    {
        var canonical = $"ESTRO {DesignationText.CollapseSpaces(match.Groups["t"].Value)} ({match.Groups["y"].Value})";
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.Other,
            Number = canonical,
            Year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
            Jurisdiction = "EU",
        };
    }

    [GeneratedRegex(@"^\s*ESTRO\s+(?<t>[^()]{3,120}?)\s*\((?<y>(?:19|20)\d{2})\)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
