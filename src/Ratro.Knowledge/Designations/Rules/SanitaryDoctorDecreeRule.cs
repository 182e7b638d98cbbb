using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// "Постановлением Главного государственного санитарного врача Российской Федерации от 18.01.2010 N 3" →
/// "Постановление Главного государственного санитарного врача РФ № 3 от 18.01.2010". Numbers restart every year,
/// so the date is part of the identity; without a date the designation is ambiguous and says so.
/// </summary>
internal sealed partial class SanitaryDoctorDecreeRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart
        + @"[Пп]остановлени\p{L}{0,3}\s+(?:Главного\s+государственного\s+санитарного\s+врача|ГГСВ)\s+(?:Российской\s+Федерации|РФ)"
        + PatternParts.FromDate + @"\s*" + PatternParts.NumberSign + @"(?<num>\d{1,4})(?![\p{L}\d])"
        + @"(?:\s+от\s+(?<date2>" + PatternParts.Date + "))?";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["санитарного врача", "ГГСВ"];

    public Designation? Build(Match match, RuleContext context)
    {
        var number = match.Groups["num"].Value;
        var date = RussianDates.Parse(match.Groups["date"].Success ? match.Groups["date"].Value : match.Groups["date2"].Value);
        var canonical = $"Постановление Главного государственного санитарного врача РФ № {number}"
            + (date is { } d ? $" от {RussianDates.Format(d)}" : "");
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.SanitaryDoctorDecree,
            Number = number,
            Year = date?.Year,
            IsDated = date is not null,
            Date = date,
            Issuer = "Главного государственного санитарного врача РФ",
            Title = context.TitleAfter(match),
            Warnings = date is null ? ["decree numbers of the Chief State Sanitary Doctor restart every year; without a date the decree is ambiguous"] : [],
        };
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
