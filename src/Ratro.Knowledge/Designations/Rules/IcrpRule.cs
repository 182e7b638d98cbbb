using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// "ICRP Publication 103", "ICRP 103", "МКРЗ, Публикация 103", "МКРЗ, Публ. 103", and author-year citations of the main
/// recommendations "(ICRP, 2007)" → "ICRP Publication 103" through the year table; other years are not designations.
/// </summary>
internal sealed partial class IcrpRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart + @"(?:"
        + @"(?:ICRP|МКРЗ)(?:\s*[,(]?\s*(?:Publication|Publ\.|Pub\.|Публикаци\p{L}{0,2}|Публ\.)\s*(?:No\.?\s*)?|\s+|-)(?<n>\d{1,3})(?![\d.,]\d|\d)"
        + @"|(?<open>\()?(?:ICRP|МКРЗ)\s*,?\s*\(?(?<year>(?:19|20)\d{2})[a-z]?(?(open)\)|\)?))";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["ICRP", "МКРЗ"];

    public Designation? Build(Match match, RuleContext context)
    {
        var notes = new List<string>();
        string number;
        if (match.Groups["year"].Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (!DesignationTables.IcrpYears.TryGetValue(year, out var publication))
            {
                return null;
            }

            number = publication.ToString(CultureInfo.InvariantCulture);
            notes.Add($"ICRP ({year}) is cited by year: the recommendations of that year are ICRP Publication {number}");
        }
        else
        {
            number = match.Groups["n"].Value;
        }

        return Create(match, context, number, notes);
    }

    internal static Designation Create(Match match, RuleContext context, string number, IReadOnlyList<string> notes) => new()
    {
        Input = context.InputOf(match),
        Canonical = $"ICRP Publication {number}",
        WorkKey = $"ICRP Publication {number}",
        Family = DesignationFamily.Icrp,
        Number = number,
        Jurisdiction = "INT",
        Notes = notes,
    };

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
