using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// Decisions of the Constitutional Court: "Постановление КС РФ от 25.05.2021 N 22-П" →
/// "Постановление Конституционного Суда РФ № 22-П от 25.05.2021". Numbers restart every year, so the date is identity.
/// </summary>
internal sealed partial class CourtDecisionRule : IDesignationRule
{
    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["КС РФ", "Конституционного Суда"];

    public Designation? Build(Match match, RuleContext context)
    {
        var kind = match.Groups["kind"].Value.StartsWith("О", StringComparison.OrdinalIgnoreCase) ? "Определение" : "Постановление";
        var number = match.Groups["num"].Value;
        var date = RussianDates.Parse(match.Groups["date"].Success ? match.Groups["date"].Value : match.Groups["date2"].Value);
        var canonical = $"{kind} Конституционного Суда РФ № {number}" + (date is { } d ? $" от {RussianDates.Format(d)}" : "");
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.Other,
            Number = number,
            Year = date?.Year,
            IsDated = date is not null,
            Date = date,
            Issuer = "Конституционного Суда РФ",
            Warnings = date is null ? ["decision numbers of the Constitutional Court restart every year; without a date the decision is ambiguous"] : [],
        };
    }

    [GeneratedRegex(PatternParts.WordStart + @"(?<kind>[Пп]остановлени|[Оо]пределени)\p{L}{0,3}\s+(?:КС\s+РФ|Конституционного\s+Суда\s+(?:Российской\s+Федерации|РФ))"
        + PatternParts.FromDate + @"\s*" + PatternParts.NumberSign + @"(?<num>\d{1,4}-[ПОР](?:-[ПОР])?)(?![\p{L}\d])"
        + @"(?:\s+от\s+(?<date2>" + PatternParts.Date + "))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
