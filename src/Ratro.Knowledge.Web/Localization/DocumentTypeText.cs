using System.Collections.Frozen;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Localization;

/// <summary>The name of each kind of normative document in both languages (plural, as used in counts).</summary>
public static class DocumentTypeText
{
    private static readonly FrozenDictionary<DocumentType, Text> Names = new Dictionary<DocumentType, Text>
    {
        [DocumentType.FederalLaw] = new("Федеральные законы", "Federal laws"),
        [DocumentType.GovernmentDecree] = new("Постановления Правительства", "Government decrees"),
        [DocumentType.MinistryOrder] = new("Приказы министерств", "Ministry orders"),
        [DocumentType.SanitaryRules] = new("Санитарные правила", "Sanitary rules"),
        [DocumentType.SanitaryNorms] = new("Санитарные нормы", "Sanitary norms"),
        [DocumentType.MethodicalGuideline] = new("Методические указания и рекомендации", "Methodical guidelines"),
        [DocumentType.NationalStandard] = new("Национальные стандарты (ГОСТ Р)", "National standards (GOST R)"),
        [DocumentType.InterstateStandard] = new("Межгосударственные стандарты (ГОСТ)", "Interstate standards (GOST)"),
        [DocumentType.InternationalStandard] = new("Международные стандарты (IEC, ISO)", "International standards (IEC, ISO)"),
        [DocumentType.IaeaSafetyStandard] = new("Нормы безопасности МАГАТЭ", "IAEA safety standards"),
        [DocumentType.IaeaTechnicalReport] = new("Технические доклады МАГАТЭ", "IAEA technical reports"),
        [DocumentType.IcrpPublication] = new("Публикации МКРЗ", "ICRP publications"),
        [DocumentType.IcruReport] = new("Доклады МКРЕ", "ICRU reports"),
        [DocumentType.ProfessionalGuideline] = new("Руководства профессиональных сообществ", "Professional guidelines"),
        [DocumentType.SanitaryDoctorDecree] = new("Постановления Главного санитарного врача", "Chief sanitary physician decrees"),
        [DocumentType.ForeignRegulation] = new("Зарубежные нормативные акты", "Foreign regulations"),
        [DocumentType.Other] = new("Другие документы", "Other documents"),
    }.ToFrozenDictionary();

    public static Text For(DocumentType type) => Names[type];

    public static bool Has(DocumentType type) => Names.ContainsKey(type);
}
