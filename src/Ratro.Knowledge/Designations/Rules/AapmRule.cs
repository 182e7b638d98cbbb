using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// AAPM task group reports by task group number ("AAPM TG-142", "TG142", "Task Group 142 report") and AAPM reports by report
/// number ("AAPM Report No. 100"). A report number is never read as a task group number; a report whose task group is known
/// from the table ("AAPM Report 67" is TG-51) resolves to the task group, with a note.
/// </summary>
internal sealed partial class AapmRule : IDesignationRule
{
    private const string Pattern_ = PatternParts.WordStart + @"(?:"
        + @"(?:AAPM\s*,?\s*)?(?:TG|Task\s+Group)\s*-?\s*(?:No\.?\s*)?(?<tg>\d{1,3})(?<update>U\d)?(?!\d)(?:\s+[Rr]eport)?"
        + @"|AAPM\s+Report\s*(?:No\.?|#)?\s*(?<report>\d{1,3})(?!\d))";

    public bool Scans => true;

    public Regex Pattern => Regex();

    public IReadOnlyList<string> Literals { get; } = ["TG", "Task Group", "AAPM"];

    public Designation? Build(Match match, RuleContext context)
    {
        if (match.Groups["tg"].Success)
        {
            return TaskGroup(match, context, match.Groups["tg"].Value + match.Groups["update"].Value, []);
        }

        var report = int.Parse(match.Groups["report"].Value, CultureInfo.InvariantCulture);
        if (DesignationTables.AapmReports.TryGetValue(report, out var entry) && entry.TaskGroup is { } taskGroup)
        {
            return TaskGroup(match, context, taskGroup.ToString(CultureInfo.InvariantCulture), [entry.Note]);
        }

        var canonical = $"AAPM Report No. {report}";
        return new Designation
        {
            Input = context.InputOf(match),
            Canonical = canonical,
            WorkKey = canonical,
            Family = DesignationFamily.AapmReport,
            Number = report.ToString(CultureInfo.InvariantCulture),
            Jurisdiction = "US",
            Notes = entry is null ? [] : [entry.Note],
        };
    }

    private static Designation TaskGroup(Match match, RuleContext context, string number, IReadOnlyList<string> notes) => new()
    {
        Input = context.InputOf(match),
        Canonical = $"AAPM TG-{number}",
        WorkKey = $"AAPM TG-{number}",
        Family = DesignationFamily.AapmTaskGroup,
        Number = number,
        Jurisdiction = "US",
        Notes = notes,
    };

    [GeneratedRegex(Pattern_, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Regex();
}
