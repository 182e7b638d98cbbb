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

    private static readonly FrozenDictionary<DocumentType, Text> Singular = new Dictionary<DocumentType, Text>
    {
        [DocumentType.FederalLaw] = new("Федеральный закон", "Federal law"),
        [DocumentType.GovernmentDecree] = new("Постановление Правительства", "Government decree"),
        [DocumentType.MinistryOrder] = new("Приказ министерства", "Ministry order"),
        [DocumentType.SanitaryRules] = new("Санитарные правила", "Sanitary rules"),
        [DocumentType.SanitaryNorms] = new("Санитарные нормы", "Sanitary norms"),
        [DocumentType.MethodicalGuideline] = new("Методические указания или рекомендации", "Methodical guideline"),
        [DocumentType.NationalStandard] = new("Национальный стандарт (ГОСТ Р)", "National standard (GOST R)"),
        [DocumentType.InterstateStandard] = new("Межгосударственный стандарт (ГОСТ)", "Interstate standard (GOST)"),
        [DocumentType.InternationalStandard] = new("Международный стандарт (IEC, ISO)", "International standard (IEC, ISO)"),
        [DocumentType.IaeaSafetyStandard] = new("Норма безопасности МАГАТЭ", "IAEA safety standard"),
        [DocumentType.IaeaTechnicalReport] = new("Технический доклад МАГАТЭ", "IAEA technical report"),
        [DocumentType.IcrpPublication] = new("Публикация МКРЗ", "ICRP publication"),
        [DocumentType.IcruReport] = new("Доклад МКРЕ", "ICRU report"),
        [DocumentType.ProfessionalGuideline] = new("Руководство профессионального сообщества", "Professional guideline"),
        [DocumentType.SanitaryDoctorDecree] = new("Постановление Главного санитарного врача", "Chief sanitary physician decree"),
        [DocumentType.ForeignRegulation] = new("Зарубежный нормативный акт", "Foreign regulation"),
        [DocumentType.Other] = new("Другой документ", "Other document"),
    }.ToFrozenDictionary();

    public static Text For(DocumentType type) => Names[type];

    /// <summary>The name of one document of the kind, as the record card shows it.</summary>
    public static Text One(DocumentType type) => Singular[type];

    public static bool Has(DocumentType type) => Names.ContainsKey(type) && Singular.ContainsKey(type);
}
