using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// US Code of Federal Regulations: "10 CFR Part 20", "10CFR20" → "10 CFR Part 20"; "10 CFR 20.1201(a)(1)" → section
/// "10 CFR 20.1201" whose parent is "10 CFR Part 20"; the paragraphs stay in <see cref="Designation.Section"/>.
/// </summary>
internal sealed partial class CfrRule : IDesignationRule
{
    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["CFR"];

    public Designation? Build(Match match, RuleContext context)
    {
        var title = match.Groups["title"].Value;
        var part = match.Groups["part"].Value;
        var partCanonical = $"{title} CFR Part {part}";
        if (!match.Groups["section"].Success)
        {
            return new Designation
            {
                Input = context.InputOf(match),
                Canonical = partCanonical,
                WorkKey = partCanonical,
                Family = DesignationFamily.UsCfr,
                Number = part,
                Part = part,
                Jurisdiction = "US",
            };
        }

        var section = $"{part}.{match.Groups["section"].Value}";
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = $"{title} CFR {section}",
            WorkKey = $"{title} CFR {section}",
            Family = DesignationFamily.UsCfr,
            Number = section,
            Part = part,
            Section = section + match.Groups["para"].Value,
            Parent = partCanonical,
            Jurisdiction = "US",
        };
    }

    [GeneratedRegex(PatternParts.WordStart + @"(?<title>\d{1,2})\s*CFR\s*(?:(?:Part|pt\.)\s*(?<part>\d{1,4})(?!\.\d)|(?<part>\d{1,4})(?:\.(?<section>\d{1,5})(?<para>(?:\([a-z0-9]{1,4}\))*))?)(?![\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
