using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>What the designation's family says about the document's type and issuer, where it says it without doubt.</summary>
public static class DocumentTypes
{
    public static DocumentType Of(Designation designation, string? title) => designation.Family switch
    {
        DesignationFamily.FederalLaw or DesignationFamily.FederalCode => DocumentType.FederalLaw,
        DesignationFamily.GovernmentDecree => DocumentType.GovernmentDecree,
        DesignationFamily.MinistryOrder => DocumentType.MinistryOrder,
        DesignationFamily.SanitaryDoctorDecree => DocumentType.SanitaryDoctorDecree,
        DesignationFamily.Sanpin when title?.Contains("Нормы", StringComparison.OrdinalIgnoreCase) == true
            || designation.Canonical == "СанПиН 2.6.1.2523-09" => DocumentType.SanitaryNorms,
        DesignationFamily.Sanpin or DesignationFamily.SanitaryRules => DocumentType.SanitaryRules,
        DesignationFamily.MethodicalGuidelines or DesignationFamily.MethodicalRecommendations => DocumentType.MethodicalGuideline,
        DesignationFamily.GostR => DocumentType.NationalStandard,
        DesignationFamily.Gost => DocumentType.InterstateStandard,
        DesignationFamily.Iec or DesignationFamily.Iso or DesignationFamily.IsoIec or DesignationFamily.RegionalAdoption => DocumentType.InternationalStandard,
        DesignationFamily.IaeaSafetyStandard => DocumentType.IaeaSafetyStandard,
        DesignationFamily.IaeaTechnicalReport => DocumentType.IaeaTechnicalReport,
        DesignationFamily.Icrp => DocumentType.IcrpPublication,
        DesignationFamily.Icru => DocumentType.IcruReport,
        DesignationFamily.AapmTaskGroup or DesignationFamily.AapmReport or DesignationFamily.NcrpReport => DocumentType.ProfessionalGuideline,
        DesignationFamily.UsCfr or DesignationFamily.EuratomDirective or DesignationFamily.Cnen => DocumentType.ForeignRegulation,
        _ => DocumentType.Other,
    };

    /// <summary>The issuer when the family names it (an IEC standard is issued by the IEC); null otherwise.</summary>
    public static string? IssuerOf(Designation designation) => designation.Family switch
    {
        DesignationFamily.Iec => "IEC",
        DesignationFamily.Iso => "ISO",
        DesignationFamily.IsoIec => "ISO/IEC",
        DesignationFamily.IaeaSafetyStandard or DesignationFamily.IaeaTechnicalReport => "IAEA",
        DesignationFamily.Icrp => "ICRP",
        DesignationFamily.Icru => "ICRU",
        DesignationFamily.AapmTaskGroup or DesignationFamily.AapmReport => "AAPM",
        DesignationFamily.NcrpReport => "NCRP",
        DesignationFamily.Cnen => "Comissão Nacional de Energia Nuclear (CNEN)",
        DesignationFamily.EuratomDirective => "Council of the European Union",
        DesignationFamily.FederalLaw or DesignationFamily.FederalCode => "Федеральное Собрание Российской Федерации",
        DesignationFamily.GovernmentDecree => "Правительство Российской Федерации",
        DesignationFamily.SanitaryDoctorDecree => "Главный государственный санитарный врач Российской Федерации",
        DesignationFamily.MinistryOrder when designation.Issuer is { } ministry => Nominative(ministry),
        _ => null,
    };

    /// <summary>"Минздрава России" → "Минздрав России", "Минстроя России" → "Минстрой России"; indeclinable names stay.</summary>
    private static string Nominative(string genitive)
    {
        var space = genitive.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? genitive : genitive[..space];
        var rest = space < 0 ? "" : genitive[space..];
        if (!word.StartsWith("Мин", StringComparison.Ordinal))
        {
            return genitive;
        }

        return word switch
        {
            _ when word.EndsWith("ая", StringComparison.Ordinal) || word.EndsWith('ы') || word.EndsWith('и') => genitive,
            _ when word.EndsWith('я') => word[..^1] + "й" + rest,
            _ when word.EndsWith('а') => word[..^1] + rest,
            _ => genitive,
        };
    }
}
