using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// "Федеральный закон от 09.01.1996 N 3-ФЗ", "Федеральным законом от 9 января 1996 г. N 3-ФЗ", "ФЗ от 08.08.2024 N 233-ФЗ",
/// "152-ФЗ-О персональных данных", "3-ФЗ", the colloquial "ФЗ-152" → "Федеральный закон № 3-ФЗ". The date is metadata; "ред. от" is the edition.
/// </summary>
internal sealed partial class FederalLawRule : IDesignationRule
{
    private const string Head = @"(?:(?<head>[Фф]едеральн\p{L}{1,3}\s+(?<fkz>[Кк]онституционн\p{L}{1,3}\s+)?закон\p{L}{0,3}|ФК?З)\s*)?";
    private const string Pattern_ = PatternParts.WordStart + "(?:" + Head + @"(?:от\s+(?<date>" + PatternParts.Date + @")\s*)?(?:" + PatternParts.NumberSign + @")?)?"
        + @"(?<![\d.])(?<num>\d{1,4})\s*-\s*(?<suffix>ФКЗ|ФЗ)(?![\p{L}\d])" + PatternParts.RussianEdition
        + @"|" + PatternParts.WordStart + @"(?<suffix>ФЗ)\s*-\s*(?<num>\d{1,4})(?![\d.,]\d|\d)";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["ФЗ", "ФКЗ"];

    public Designation? Build(Match match, RuleContext context)
    {
        var number = $"{match.Groups["num"].Value}-{match.Groups["suffix"].Value}";
        var constitutional = match.Groups["suffix"].Value == "ФКЗ";
        var canonical = $"Федеральный {(constitutional ? "конституционный " : "")}закон № {number}";
        var date = RussianDates.Parse(match.Groups["date"].Value);
        var edition = match.Groups["edition"].Success ? DesignationText.CollapseSpaces(match.Groups["edition"].Value) : null;
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.FederalLaw,
            Number = number,
            Year = date?.Year,
            IsDated = edition is not null,
            Edition = edition,
            Date = date,
            Title = context.TitleAfter(match) ?? GluedTitle(match, context),
        };
    }

    /// <summary>File-name style "152-ФЗ-О персональных данных": the title glued on with a dash.</summary>
    private static string? GluedTitle(Match match, RuleContext context)
    {
        if (!context.WholeInput)
        {
            return null;
        }

        var end = match.Index + match.Length;
        var rest = context.Folded[end..].TrimStart();
        return rest.StartsWith('-') && rest.Length > 2 ? DesignationText.CollapseSpaces(rest[1..]).Trim('.', ' ') : null;
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
