using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// "Council Directive 2013/59/Euratom", "96/29/Euratom", "Директива Совета 2013/59/Евратом" → "Directive 2013/59/Euratom";
/// the alias "EU BSS" through the alias table.
/// </summary>
internal sealed partial class EuratomRule : IDesignationRule
{
    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["uratom", "URATOM", "вратом", "ВРАТОМ", "BSS"];

    public Designation? Build(Match match, RuleContext context)
    {
        string canonical, year, number;
        var notes = new List<string>();
        if (match.Groups["alias"].Success)
        {
            var entry = DesignationTables.Aliases[DesignationTables.Key(match.Groups["alias"].Value)];
            canonical = entry.Canonical;
            var parts = canonical.Split(' ')[1].Split('/');
            (year, number) = (parts[0], parts[1]);
            notes.Add($"{match.Groups["alias"].Value} is the short title of {canonical}");
        }
        else
        {
            (year, number) = (match.Groups["y"].Value, match.Groups["n"].Value);
            canonical = $"Directive {year}/{number}/Euratom";
        }

        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.EuratomDirective,
            Number = $"{year}/{number}",
            Year = DesignationText.ExpandYear(year),
            IsDated = true,
            Jurisdiction = "EU",
            Notes = notes,
        };
    }

    [GeneratedRegex(PatternParts.WordStart + @"(?:(?:(?:Council\s+)?Directive|Директив\p{L}{0,2}(?:\s+Совета)?)\s+)?(?<y>\d{4}|\d{2})\s*/\s*(?<n>\d{1,4})\s*/\s*(?:Euratom|EURATOM|Евратом|ЕВРАТОМ)(?!\p{L})"
        + @"|(?<![\p{L}])(?<alias>(?:EU|Euratom)\s+BSS)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
