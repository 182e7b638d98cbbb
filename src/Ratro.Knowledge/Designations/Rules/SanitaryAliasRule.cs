using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// Short titles of the radiation-safety norms: "НРБ-99/2009", "НРБ 99/2009", "ОСПОРБ-99/2010", "НРБ-99", "НРБ-99/2009 РК",
/// resolved through the alias table. An alias the table does not know stays as printed, with a warning.
/// </summary>
internal sealed partial class SanitaryAliasRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart
        + @"(?<name>НРБ|ОСПОРБ|NRB|OSPORB|Nrb|Osporb)\s*-?\s*(?<y1>\d{2})(?!\d)(?:\s*/\s*(?<y2>\d{4}|\d{2})(?!\d))?(?:\s+(?<kz>РК)(?![\p{L}\d]))?";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["НРБ", "ОСПОРБ", "NRB", "OSPORB"];

    public Designation? Build(Match match, RuleContext context)
    {
        var name = match.Groups["name"].Value.ToUpperInvariant() switch
        {
            "NRB" => "НРБ",
            "OSPORB" => "ОСПОРБ",
            var n => n,
        };
        var alias = $"{name}-{match.Groups["y1"].Value}"
            + (match.Groups["y2"].Success ? $"/{match.Groups["y2"].Value}" : "")
            + (match.Groups["kz"].Success ? " РК" : "");
        if (!DesignationTables.Aliases.TryGetValue(DesignationTables.Key(alias), out var entry))
        {
            return Unknown(match, context, alias);
        }

        var canonical = entry.Canonical;
        var yy = canonical.Length > 2 ? canonical[^2..] : "";
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = entry.Family,
            Number = entry.Family == DesignationFamily.Other ? alias : canonical[(canonical.IndexOf(' ', StringComparison.Ordinal) + 1)..],
            Year = yy.All(char.IsAsciiDigit) && yy.Length == 2 ? DesignationText.ExpandYear(yy) : null,
            IsDated = true,
            Jurisdiction = entry.Jurisdiction,
            Title = context.TitleAfter(match),
            Warnings = entry.Warning is null ? [] : [entry.Warning],
            Notes = canonical == alias ? [] : [$"{alias} is the short title of {canonical}"],
        };
    }

    private static Designation Unknown(Match match, RuleContext context, string alias) => new()
    {
        Input = context.InputOf(match),
        Canonical = alias,
        WorkKey = alias,
        Family = DesignationFamily.Other,
        Number = alias,
        Jurisdiction = alias.EndsWith(" РК", StringComparison.Ordinal) ? "KZ" : "RU",
        Warnings = [$"{alias} is not in the alias table; its registry code is unknown"],
    };

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
