using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// Registry codes of sanitary documents: "СанПиН 2.6.1.2523-09", "SANPIN 2.6.1.2523-09", "сп 2.6 1.799 99", "МУ 2.6.1.3015-12",
/// "МР 2.6.1.0333-23", and amendments "Изменение N 1 к МУ 2.6.1.3015-12". The two-digit year is part of the code.
/// A wrong type prefix known from the alias table ("СанПиН 2.6.1.2612-10") is mapped, with a warning.
/// </summary>
internal sealed partial class SanitaryCodeRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart
        + @"(?<amendment>[Ии]зменени[еяи]\s*(?:" + PatternParts.NumberSign + @")?(?<amd>\d{1,2})\s+к\s+)?"
        + @"(?<type>СанПиН|САНПИН|Санпин|санпин|SanPiN|SANPIN|Sanpin|СП|Сп|сп|МУК|МУ|МР|ГН)\s*"
        + @"(?<code>\d{1,2}(?:(?:\s*[./]\s*|\s)\d{1,5})*?)\s*(?:-|\s)\s*(?<yy>\d{2})(?![\d]|\.\d)";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["СанПиН", "САНПИН", "Санпин", "санпин", "SanPiN", "SANPIN", "СП", "сп", "МУ", "МР", "ГН"];

    public Designation? Build(Match match, RuleContext context)
    {
        var code = NormalizeCode(match.Groups["code"].Value);
        if (!code.Contains('.', StringComparison.Ordinal) && !code.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var (type, family) = TypeOf(match.Groups["type"].Value);
        var number = $"{code}-{match.Groups["yy"].Value}";
        var document = $"{type} {number}";
        var warnings = new List<string>();
        if (DesignationTables.Aliases.TryGetValue(DesignationTables.Key(document), out var corrected))
        {
            document = corrected.Canonical;
            family = corrected.Family;
            warnings.AddIfNotNull(corrected.Warning);
        }

        var amendment = match.Groups["amendment"].Success ? match.Groups["amd"].Value : null;
        var canonical = amendment is null ? document : $"Изменение {amendment} к {document}";
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = family,
            Number = number,
            Year = DesignationText.ExpandYear(match.Groups["yy"].Value),
            IsDated = true,
            Parent = amendment is null ? null : document,
            Title = context.TitleAfter(match),
            Warnings = warnings,
        };
    }

    /// <summary>"2.6 1.799" → "2.6.1.799": a bare space between groups stands for a dot.</summary>
    private static string NormalizeCode(string printed) =>
        DesignationText.RemoveSpaces(SpaceAsDot().Replace(printed.Trim(), "."));

    private static (string Type, DesignationFamily Family) TypeOf(string printed) => printed.ToUpperInvariant() switch
    {
        "САНПИН" or "SANPIN" => ("СанПиН", DesignationFamily.Sanpin),
        "СП" => ("СП", DesignationFamily.SanitaryRules),
        "МУК" => ("МУК", DesignationFamily.MethodicalGuidelines),
        "МУ" => ("МУ", DesignationFamily.MethodicalGuidelines),
        "МР" => ("МР", DesignationFamily.MethodicalRecommendations),
        _ => ("ГН", DesignationFamily.Other),
    };

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();

    [GeneratedRegex(@"(?<=\d)\s+(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceAsDot();
}
