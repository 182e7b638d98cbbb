using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// Brazilian regulator: "Norma CNEN NN 3.01", "CNEN-NE-3.02" → "CNEN NN 3.01"; resolutions "Resolução CNEN 344/25"
/// (amending acts) → "Resolução CNEN 344/25" (a four-digit year is printed with its last two digits).
/// </summary>
internal sealed partial class CnenRule : IDesignationRule
{
    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["CNEN"];

    public Designation? Build(Match match, RuleContext context)
    {
        var resolution = match.Groups["res"].Success;
        var number = resolution ? $"{match.Groups["res"].Value}/{match.Groups["ry"].Value[^2..]}" : $"{match.Groups["s"].Value.ToUpperInvariant()} {match.Groups["n"].Value}";
        var canonical = resolution ? $"Resolução CNEN {number}" : $"CNEN {number}";
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.Cnen,
            Number = number,
            Year = resolution ? DesignationText.ExpandYear(match.Groups["ry"].Value) : null,
            Jurisdiction = "BR",
        };
    }

    [GeneratedRegex(PatternParts.WordStart + @"(?:(?:Norma\s+)?CNEN\s*-?\s*(?<s>NN|NE)\s*-?\s*(?<n>\d{1,2}\.\d{1,2})(?![\d])"
        + @"|Resolu[çc][ãa]o\s+CNEN\s*(?:n[º°o.]?\s*|N[º°o.]?\s*)?(?<res>\d{1,4})\s*/\s*(?<ry>\d{4}|\d{2})(?!\d))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
