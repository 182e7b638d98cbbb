namespace Ratro.Knowledge.Documents;

/// <summary>The kind of normative document. Serialized in snake_case (see <see cref="DocumentTypeNames"/>).</summary>
public enum DocumentType
{
    Other = 0,
    FederalLaw,
    GovernmentDecree,
    MinistryOrder,
    SanitaryRules,
    SanitaryNorms,
    MethodicalGuideline,
    NationalStandard,
    InterstateStandard,
    InternationalStandard,
    IaeaSafetyStandard,
    IaeaTechnicalReport,
    IcrpPublication,
    IcruReport,
    ProfessionalGuideline,
    SanitaryDoctorDecree,
    ForeignRegulation,
}
