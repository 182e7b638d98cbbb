using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>"Постановление Правительства РФ от 06.05.2011 N 354", "ПП РФ от 06.05.2011 № 354", "распоряжением Правительства Российской Федерации от … N 1234-р".</summary>
internal sealed partial class GovernmentDecreeRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart
        + @"(?:(?<kind>[Пп]остановлени|[Рр]аспоряжени)\p{L}{0,3}\s+Правительства\s+(?:Российской\s+Федерации|РФ)|(?<pp>ПП)\s+РФ)"
        + PatternParts.FromDate + @"\s*" + PatternParts.NumberSign + @"(?<num>\d{1,5}(?:-р)?)(?![\p{L}\d])" + PatternParts.RussianEdition;

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["Правительства", "ПП РФ"];

    public Designation? Build(Match match, RuleContext context)
    {
        var order = match.Groups["kind"].Value.StartsWith("Р", StringComparison.OrdinalIgnoreCase);
        var number = match.Groups["num"].Value;
        var canonical = $"{(order ? "Распоряжение" : "Постановление")} Правительства РФ № {number}";
        var date = RussianDates.Parse(match.Groups["date"].Value);
        var edition = match.Groups["edition"].Success ? DesignationText.CollapseSpaces(match.Groups["edition"].Value) : null;
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.GovernmentDecree,
            Number = number,
            Year = date?.Year,
            IsDated = edition is not null,
            Edition = edition,
            Date = date,
            Issuer = "Правительства РФ",
            Title = context.TitleAfter(match),
        };
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
