using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// IAEA report series: "IAEA Technical Reports Series No. 398", "TRS 398", "TRS-398 (Rev. 1)" → "IAEA TRS-398";
/// "IAEA-TECDOC-1455", "IAEA-TECDOC-CD-1455" → "IAEA TECDOC-1455"; "Human Health Reports No. 16"; "Safety Reports Series No. 47".
/// </summary>
internal sealed partial class IaeaReportRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart + @"(?:(?:IAEA|МАГАТЭ)\s*[,-]?\s*)?(?:"
        + @"(?:Technical\s+Reports?\s+Series\s*,?\s*(?:No\.?|№|N)\s*|Серия\s+технических\s+докладов(?:\s+МАГАТЭ)?\s*,?\s*(?:№|No\.?|N)\s*|TRS\s*-?\s*(?:No\.?\s*)?)(?<trs>\d{1,3})"
        + @"|TECDOC\s*-?\s*(?<cd>CD\s*-?\s*)?(?<tecdoc>\d{2,4})"
        + @"|Human\s+Health\s+(?<hh>Reports?|Series)\s*,?\s*(?:No\.?|№)?\s*(?<hhn>\d{1,3})"
        + @"|Safety\s+Reports?\s+Series\s*,?\s*(?:No\.?|№)?\s*(?<srs>\d{1,3}))(?!\d)"
        + @"(?:\s*\(\s*(?<rev>Rev\.\s*\d)\s*\)|\s*,?\s+(?<rev>Rev\.\s*\d))?";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["TRS", "Technical Report", "TECDOC", "Human Health", "Safety Report", "технических докладов"];

    public Designation? Build(Match match, RuleContext context)
    {
        var (canonical, number) = match switch
        {
            _ when match.Groups["trs"].Success => ($"IAEA TRS-{match.Groups["trs"].Value}", match.Groups["trs"].Value),
            _ when match.Groups["tecdoc"].Success => ($"IAEA TECDOC-{match.Groups["tecdoc"].Value}", match.Groups["tecdoc"].Value),
            _ when match.Groups["hhn"].Success => (
                $"IAEA Human Health {(match.Groups["hh"].Value.StartsWith("Report", StringComparison.Ordinal) ? "Reports" : "Series")} No. {match.Groups["hhn"].Value}",
                match.Groups["hhn"].Value),
            _ => ($"IAEA Safety Reports Series No. {match.Groups["srs"].Value}", match.Groups["srs"].Value),
        };
        var edition = match.Groups["rev"].Success
            ? DesignationText.RemoveSpaces(match.Groups["rev"].Value).Replace(".", ". ", StringComparison.Ordinal)
            : match.Groups["cd"].Success ? "CD-ROM" : null;
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.IaeaTechnicalReport,
            Number = number,
            IsDated = match.Groups["rev"].Success,
            Edition = edition,
            Jurisdiction = "INT",
        };
    }

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
