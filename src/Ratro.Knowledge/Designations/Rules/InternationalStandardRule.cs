using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// IEC, ISO and ISO/IEC documents and their regional adoptions: "IEC 60601-2-1:2020", "МЭК 60977—89", "IEC/TR 60977:2008",
/// "ISO/IEC 27001:2013", "IEC 60601-2-1:2009/AMD1:2014", "IEC 60601-2-1 Edition 4.0 2020-10", "IEC Publication 601-2-1",
/// "EN IEC 60601-2-1:2021", "BS EN IEC 60601-2-1:2021", "SIST EN 60601-2-1:2015". Latin IEC/ISO print the year after a colon;
/// the Russian forms (МЭК, ИСО) may print it after a dash. The work key leaves out the deliverable type (TR, TS, PAS):
/// IEC and ISO numbers are unique across types, and a document keeps its number when it changes type
/// (IEC 60977 of 1989 is IEC/TR 60977:2008 today).
/// </summary>
internal sealed partial class InternationalStandardRule : IDesignationRule
{
    private const string Org = @"(?<org>ISO/IEC|IEC/IEEE|IEC|ISO|ИСО/МЭК|МЭК|ИСО)";
    private const string Kind = @"(?:\s*/\s*(?<kind>TR|TS|PAS|ТО|ТС)|\s+(?<kind>TR|TS|PAS|ТО|ТС|Guide))?";
    private const string Regional = @"(?<reg>BS|DIN|SIST|NF|UNE|CSN|PN|SS|NEN|UNI|CEI|DS|SN|ONORM|OVE)";

    private const string Pattern_ = PatternParts.WordStart
        + @"(?:" + Regional + @"\s+(?<en>EN)\s+(?:" + Org + Kind + @"\s*)?|(?<en>EN)\s+(?:" + Org + Kind + @"\s*)?|" + Org + Kind + @"\s*)"
        + @"(?:Publication\s+|Pub\.\s*|Publ\.\s*)?"
        + @"(?<num>\d{2,5}(?:-\d{1,3})*?)"
        + @"(?::\s*(?<yr>\d{4}|\d{2})(?!\d)|-(?<dyr>(?:19|20)\d{2}|[5-9]\d)(?!\d|-\d))?(?!\d|-\d)"
        + @"(?<amds>(?:\s*[/+]\s*(?:AMD|Amd|A|COR|Cor)\s*\d{1,2}(?:\s*:\s*\d{4})?)*)"
        + @"(?:\s*,?\s+(?:Edition|Ed\.|ed\.)\s*(?<ed>\d{1,2}(?:\.\d)?)(?:\s+(?<edy>\d{4})(?:-\d{2})?)?)?"
        + @"(?:\s*,\s*(?<deg>IDT|MOD|NEQ)(?!\p{L}))?";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["IEC", "ISO", "МЭК", "ИСО", "EN "];

    public Designation? Build(Match match, RuleContext context)
    {
        var hasOrg = match.Groups["org"].Success;
        var (organization, family) = hasOrg ? InternationalNumber.Organization(match.Groups["org"].Value) : ("", DesignationFamily.Other);
        var cyrillic = hasOrg && Homoglyphs.IsCyrillic(match.Groups["org"].Value[0]);
        var number = match.Groups["num"].Value;
        string? year = match.Groups["yr"].Success ? match.Groups["yr"].Value : null;
        if (match.Groups["dyr"].Success)
        {
            // A dash before two digits is a year only in the Russian forms; in IEC/ISO it is a part number.
            (number, year) = cyrillic ? (number, match.Groups["dyr"].Value) : ($"{number}-{match.Groups["dyr"].Value}", year);
        }

        year ??= match.Groups["edy"].Success ? match.Groups["edy"].Value : null;
        var warnings = new List<string>();
        number = hasOrg ? InternationalNumber.Renumber(organization, number, warnings) : number;
        var prefix = hasOrg ? InternationalNumber.Prefix(organization, InternationalNumber.Kind(match.Groups["kind"].Value)) : "";
        var regional = match.Groups["en"].Success ? (match.Groups["reg"].Success ? match.Groups["reg"].Value + " EN" : "EN") : null;
        var canonicalKey = string.Join(' ', new[] { regional, prefix, number }.Where(p => !string.IsNullOrEmpty(p)));
        var workKey = string.Join(' ', new[] { regional, organization, number }.Where(p => !string.IsNullOrEmpty(p)));
        var yearValue = year is null ? (int?)null : DesignationText.ExpandYear(year);
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = yearValue is null ? canonicalKey : $"{canonicalKey}:{yearValue}",
            WorkKey = workKey,
            Family = regional is null ? family : DesignationFamily.RegionalAdoption,
            Number = number,
            Year = yearValue,
            IsDated = yearValue is not null,
            Edition = match.Groups["ed"].Success ? $"Edition {match.Groups["ed"].Value}" : null,
            Amendment = Amendment(match.Groups["amds"].Value),
            Adopts = regional is not null && hasOrg ? InternationalNumber.Undated(match.Groups["org"].Value, match.Groups["kind"].Value, number, match.Value) : null,
            AdoptionDegree = match.Groups["deg"].Success ? EnumNames.Parse<CorrespondenceDegree>(match.Groups["deg"].Value) : null,
            Jurisdiction = regional is null ? "INT" : RegionalJurisdiction(match.Groups["reg"].Value),
            Title = context.TitleAfter(match),
            Warnings = warnings,
        };
    }

    /// <summary>"/AMD1:2014", "+Amd 1:2012", "+A1:2013" → "AMD1:2014" (several joined by '+').</summary>
    private static string? Amendment(string printed)
    {
        if (printed.Length == 0)
        {
            return null;
        }

        var parts = AmendmentPart().Matches(printed)
            .Select(m => $"{(m.Groups["k"].Value.Equals("A", StringComparison.Ordinal) ? "A" : m.Groups["k"].Value.ToUpperInvariant())}{m.Groups["n"].Value}"
                + (m.Groups["y"].Success ? $":{m.Groups["y"].Value}" : ""));
        return string.Join('+', parts);
    }

    private static string RegionalJurisdiction(string body) => body switch
    {
        "" => "EU",
        "BS" => "GB",
        "DIN" => "DE",
        "SIST" => "SI",
        "NF" => "FR",
        "UNE" => "ES",
        "CSN" => "CZ",
        "PN" => "PL",
        "SS" => "SE",
        "NEN" => "NL",
        "UNI" or "CEI" => "IT",
        "DS" => "DK",
        "SN" => "CH",
        _ => "AT",
    };

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();

    [GeneratedRegex(@"(?<k>AMD|Amd|A|COR|Cor)\s*(?<n>\d{1,2})(?:\s*:\s*(?<y>\d{4}))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AmendmentPart();
}
