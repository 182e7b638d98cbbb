using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// IAEA Safety Standards: "IAEA Safety Standards Series No. GSR Part 3", "Серия норм МАГАТЭ по безопасности, No GSR Part 3",
/// "SSG-46", "RS-G-1.5", "SSR-2/1 (Rev. 1)" → "IAEA GSR Part 3", "IAEA SSG-46"; and the older "Safety Series No. 115".
/// "Rev. 1" is the edition, not the identity.
/// </summary>
internal sealed partial class IaeaSafetyStandardRule : IDesignationRule
{
    private const string Series = @"(?:(?:IAEA|МАГАТЭ)\s*,?\s*)?(?:(?:Safety\s+Standards?\s+Series|Серия\s+норм(?:\s+МАГАТЭ)?(?:\s+по)?\s+безопасности)\s*,?\s*(?:No\.?|№|N)?\s*)?";

    private const string Pattern_ = PatternParts.WordStart + "(?:" + Series
        + @"(?<series>GSR|SSR|GSG|SSG|GS-R|GS-G|RS-G|WS-G|WS-R|NS-R|NS-G|TS-R|TS-G|(?<=(?:IAEA|МАГАТЭ|No\.?|№)\s*)SF)"
        + @"(?:\s+Part\s+(?<part>\d{1,2})|\s*-\s*(?<n>\d{1,2}(?:\.\d{1,2})?(?:/\d)?))(?![\d.]\d)"
        + @"|(?:IAEA\s+)?Safety\s+Series\s*,?\s*(?:No\.?|№)\s*(?<old>\d{1,3})(?!\d))"
        + @"(?:\s*\(\s*(?<rev>Rev\.\s*\d)\s*\)|\s*,?\s+(?<rev>Rev\.\s*\d))?";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["GS", "SS", "RS-", "WS-", "NS-", "TS-", "SF", "Safety Series"];

    public Designation? Build(Match match, RuleContext context)
    {
        var number = match.Groups["old"].Success
            ? match.Groups["old"].Value
            : match.Groups["series"].Value + (match.Groups["part"].Success ? $" Part {match.Groups["part"].Value}" : $"-{match.Groups["n"].Value}");
        var canonical = match.Groups["old"].Success ? $"IAEA Safety Series No. {number}" : $"IAEA {number}";
        var edition = match.Groups["rev"].Success ? DesignationText.RemoveSpaces(match.Groups["rev"].Value).Replace(".", ". ", StringComparison.Ordinal) : null;
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.IaeaSafetyStandard,
            Number = number,
            IsDated = edition is not null,
            Edition = edition,
            Jurisdiction = "INT",
        };
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
