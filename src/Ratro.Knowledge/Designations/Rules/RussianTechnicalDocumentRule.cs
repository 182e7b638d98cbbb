using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// Russian technical documents outside the sanitary registry: metrological instructions "МИ 2453-2015", building codes
/// "СНиП 2.08.02-89" and codes of practice "СП 60.13330.2020" (family Other; the year is part of the designation).
/// </summary>
internal sealed partial class RussianTechnicalDocumentRule : IDesignationRule
{
    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["МИ", "СНиП", "13330"];

    public Designation? Build(Match match, RuleContext context)
    {
        var type = match.Groups["type"].Value;
        var number = DesignationText.RemoveSpaces(match.Groups["num"].Value);
        var canonical = $"{type} {number}";
        var year = match.Groups["y"].Value;
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.Other,
            Number = number,
            Year = DesignationText.ExpandYear(year),
            IsDated = true,
            Title = context.TitleAfter(match),
        };
    }

    [GeneratedRegex(PatternParts.WordStart + @"(?:(?<type>МИ)\s*(?<num>\d{1,4}(?:\.\d{1,3})*\s*-\s*(?<y>\d{4}|\d{2}))"
        + @"|(?<type>СНиП)\s*(?<num>\d{1,2}(?:\.\d{1,3})+\s*-\s*(?<y>\d{2}))"
        + @"|(?<type>СП)\s*(?<num>\d{1,3}\.13330\.(?<y>\d{4})))(?![\d])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
