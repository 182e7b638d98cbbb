using Ratro.Knowledge.Designations.Rules;

namespace Ratro.Knowledge.Designations;

/// <summary>The rules in priority order: when two match at the same place with the same length, the earlier one wins.</summary>
internal static class DesignationRules
{
    public static readonly IReadOnlyList<IDesignationRule> All =
    [
        new SanitaryDoctorDecreeRule(),
        new GovernmentDecreeRule(),
        new CourtDecisionRule(),
        new MinistryOrderRule(),
        new FederalLawRule(),
        new FederalCodeRule(),
        new SanitaryCodeRule(),
        new RussianTechnicalDocumentRule(),
        new SanitaryAliasRule(),
        new GostRule(),
        new InternationalStandardRule(),
        new IaeaSafetyStandardRule(),
        new IaeaReportRule(),
        new IcrpRule(),
        new IcruRule(),
        new AapmRule(),
        new NcrpRule(),
        new CfrRule(),
        new EuratomRule(),
        new CnenRule(),
        new IcrpShortRule(),
        new EstroRule(),
    ];

    public static readonly IReadOnlyList<IDesignationRule> Scanning = All.Where(r => r.Scans).ToArray();
}
