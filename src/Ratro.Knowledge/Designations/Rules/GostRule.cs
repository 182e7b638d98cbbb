using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// National (ГОСТ Р) and interstate (ГОСТ) standards: "ГОСТ Р МЭК 62083-2013", "ГОСТ IEC 60976-2011", "ГОСТ Р 50739—95",
/// "ГОСТ Р50267.0" (undated), "ГОСТ Р ИСО_МЭК 27001-2021", with the adoption the designation states: implicit
/// ("ГОСТ Р МЭК 62083" adopts IEC 62083, undated), slash IDT ("ГОСТ Р 58904-2020/ISO/TR 25901-1:2016"), parenthesized
/// ("ГОСТ 30324.2.9-2012 (IEC 60601-2-9:1996)"). The year stays in the canonical form; the work key drops it.
/// </summary>
internal sealed partial class GostRule : IDesignationRule
{
    private const string Org = @"(?<org>ИСО/МЭК|ISO/IEC|IEC/IEEE|МЭК|ИСО|IEC|ISO|EN|ЕН)(?:\s*/\s*(?<kind>ТО|ТС|TR|TS|PAS)|\s+(?<kind>ТО|ТС|TR|TS))?\s*";
    private const string Adopted = @"(?:ISO|IEC|МЭК|ИСО|EN|ЕН)";

    private const string Pattern_ = PatternParts.WordStart + @"ГОСТ(?![а-я])\s*(?<r>[РP](?![\p{L}])\s*)?(?:" + Org + ")?"
        + @"(?<num>\d{1,5}(?:[.-]\d{1,5})*?)(?:\s*-\s*(?<yr>\d{4}|\d{2})(?!\d|-\d))?(?!\d|[.-]\d)"
        + @"(?:/(?<slash>" + Adopted + @"[^\s,;()]*(?:\s+(?:TR|TS|ТО|ТС))?\s*\d[\d\-.:]*))?"
        + @"(?:\s*\(\s*(?<paren>" + Adopted + @"[^()\n]{1,60}?)\s*\))?";

    private static readonly IDesignationRule International = new InternationalStandardRule();

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["ГОСТ"];

    public Designation? Build(Match match, RuleContext context)
    {
        var national = match.Groups["r"].Success;
        var prefix = "ГОСТ" + (national ? " Р" : "") + (match.Groups["org"].Success ? " " + OrgPrefix(match) : "");
        var number = match.Groups["num"].Value;
        var workKey = $"{prefix} {number}";
        var year = match.Groups["yr"].Success ? match.Groups["yr"].Value : null;
        var (adopts, degree) = Adoption(match, context);
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = year is null ? workKey : $"{workKey}-{year}",
            WorkKey = workKey,
            Family = national ? DesignationFamily.GostR : DesignationFamily.Gost,
            Number = number,
            Year = year is null ? null : DesignationText.ExpandYear(year),
            IsDated = year is not null,
            Adopts = adopts,
            AdoptionDegree = degree,
            Jurisdiction = national ? "RU" : "EAEU",
            Title = context.TitleAfter(match),
        };
    }

    private static string OrgPrefix(Match match)
    {
        var org = DesignationText.RemoveSpaces(match.Groups["org"].Value);
        var kind = match.Groups["kind"].Value;
        return kind.Length == 0 ? org : org.Contains('/', StringComparison.Ordinal) ? $"{org} {kind}" : $"{org}/{kind}";
    }

    private static (Designation? Adopts, CorrespondenceDegree? Degree) Adoption(Match match, RuleContext context)
    {
        if (match.Groups["slash"].Success)
        {
            return (ParseInternational(match.Groups["slash"].Value, context), CorrespondenceDegree.Idt);
        }

        if (match.Groups["paren"].Success)
        {
            var adopted = ParseInternational(match.Groups["paren"].Value, context);
            return (adopted is null ? null : adopted with { AdoptionDegree = null }, adopted?.AdoptionDegree);
        }

        if (match.Groups["org"].Success && match.Groups["org"].Value is not ("EN" or "ЕН"))
        {
            var adopted = InternationalNumber.Undated(match.Groups["org"].Value, match.Groups["kind"].Value, match.Groups["num"].Value, match.Value);
            return (adopted, null);
        }

        return (null, null);
    }

    private static Designation? ParseInternational(string text, RuleContext context)
    {
        var match = International.Pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var adopted = International.Build(match, new RuleContext(text, text, WholeInput: false));
        return adopted is null ? null : adopted with { Input = context.WholeInput ? text : adopted.Input };
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
