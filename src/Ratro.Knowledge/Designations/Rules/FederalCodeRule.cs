using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>"Жилищного кодекса Российской Федерации", "Трудовым кодексом РФ", "КоАП РФ" → the code's canonical name from the codes table.</summary>
internal sealed partial class FederalCodeRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart
        + @"(?:(?<adj>[А-Я][а-я]+(?:-[а-я]+)?(?:\s+процессуальн\p{L}+)?)\s+кодекс\p{L}{0,3}\s+(?:Российской\s+Федерации|РФ)"
        + @"|[Кк]одекс\p{L}{0,3}\s+(?:Российской\s+Федерации|РФ)\s+(?<adj>об\s+административных\s+правонарушениях)"
        + @"|(?<abbr>КоАП|ГПК|АПК|УПК|УИК|ГрК|ЖК|ТК|ГК|НК|УК|БК|ЗК|ВК|ЛК|СК)\s+РФ)(?![\p{L}\d])";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["одекс", " РФ"];

    public Designation? Build(Match match, RuleContext context)
    {
        var entry = Find(match);
        return entry is null
            ? null
            : new Designation
            {
                Input = context.InputOf(match),
                Canonical = entry.Canonical,
                WorkKey = entry.Canonical,
                Family = DesignationFamily.FederalCode,
                Number = entry.Abbreviation,
            };
    }

    private static FederalCodeEntry? Find(Match match)
    {
        if (match.Groups["abbr"].Success)
        {
            var abbreviation = match.Groups["abbr"].Value + " РФ";
            return DesignationTables.Codes.FirstOrDefault(c => c.Abbreviation == abbreviation);
        }

        var adjective = DesignationText.CollapseSpaces(match.Groups["adj"].Value);
        return DesignationTables.Codes.FirstOrDefault(c => StemMatches(adjective, c.Stem));
    }

    /// <summary>Every word of the stem starts the corresponding word of the adjective ("Гражданск процессуальн").</summary>
    private static bool StemMatches(string adjective, string stem)
    {
        var words = adjective.Split(' ');
        var stems = stem.Split(' ');
        return words.Length == stems.Length
            && words.Zip(stems).All(p => p.First.StartsWith(p.Second, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
