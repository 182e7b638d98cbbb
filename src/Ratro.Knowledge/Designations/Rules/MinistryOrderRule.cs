using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// "Приказ Минздрава России от 19.02.2021 N 116н", "приказом Министерства здравоохранения Российской Федерации от 15 ноября
/// 2012 г. N 915н", "Приказ Минстроя РФ от 28.01.2019 № 44_пр" → "Приказ {issuer} № {number}", issuer normalized by the issuer table.
/// </summary>
internal sealed partial class MinistryOrderRule : IDesignationRule
{
    private const string Issuer =
        @"(?<issuer>(?:Мин\p{L}+|Министерств\p{L}{0,2}(?:\s+[\p{L}-]+,?){1,8}?)\s+(?:России|Российской\s+Федерации|РФ)"
        + @"|(?:Рос\p{L}+|Федеральн\p{L}+\s+(?:агентств|служб)\p{L}{0,2}(?:\s+[\p{L}-]+,?){1,10}?|ФМБА\s+России|МЧС\s+России))";

    private const string Pattern_ = PatternParts.WordStart + @"[Пп]риказ\p{L}{0,2}\s+" + Issuer + PatternParts.FromDate + @"\s*"
        + PatternParts.NumberSign + @"(?<num>\d{1,5}(?:\s*/\s*(?:пр|\d+)|-?(?:нпр|н|ст|р|од|пр))?)(?![\p{L}\d])" + PatternParts.RussianEdition;

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["риказ"];

    public Designation? Build(Match match, RuleContext context)
    {
        var issuer = NormalizeIssuer(match.Groups["issuer"].Value);
        var number = DesignationText.RemoveSpaces(match.Groups["num"].Value);
        var canonical = $"Приказ {issuer} № {number}";
        var date = RussianDates.Parse(match.Groups["date"].Value);
        var edition = match.Groups["edition"].Success ? DesignationText.CollapseSpaces(match.Groups["edition"].Value) : null;
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.MinistryOrder,
            Number = number,
            Year = date?.Year,
            IsDated = edition is not null,
            Edition = edition,
            Date = date,
            Issuer = issuer,
            Title = context.TitleAfter(match),
        };
    }

    /// <summary>The table's short genitive form; otherwise "… РФ" / "… Российской Федерации" become "… России".</summary>
    internal static string NormalizeIssuer(string printed)
    {
        var collapsed = DesignationText.CollapseSpaces(printed);
        if (DesignationTables.Issuers.TryGetValue(DesignationTables.Key(collapsed), out var known))
        {
            return known;
        }

        foreach (var suffix in (string[])[" Российской Федерации", " РФ"])
        {
            if (collapsed.StartsWith("Мин", StringComparison.Ordinal) && collapsed.EndsWith(suffix, StringComparison.Ordinal))
            {
                return collapsed[..^suffix.Length] + " России";
            }
        }

        return collapsed;
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
