namespace Ratro.Knowledge.Designations;

/// <summary>The numbering system a designation belongs to; it decides what is identity and what is edition.</summary>
public enum DesignationFamily
{
    Other = 0,

    /// <summary>Федеральный закон № 3-ФЗ (also federal constitutional laws, -ФКЗ).</summary>
    FederalLaw,

    /// <summary>Кодекс Российской Федерации (Жилищный кодекс, КоАП …).</summary>
    FederalCode,

    /// <summary>Постановление / распоряжение Правительства РФ.</summary>
    GovernmentDecree,

    /// <summary>Приказ of a ministry or federal agency (Минздрава России № 116н, Росстандарта № 1285-ст).</summary>
    MinistryOrder,

    /// <summary>Постановление Главного государственного санитарного врача РФ: numbers restart yearly, the date is identity.</summary>
    SanitaryDoctorDecree,

    /// <summary>СанПиН: sanitary rules and norms, by registry code.</summary>
    Sanpin,

    /// <summary>СП: sanitary rules, by registry code.</summary>
    SanitaryRules,

    /// <summary>МУ / МУК: methodical guidelines.</summary>
    MethodicalGuidelines,

    /// <summary>МР: methodical recommendations.</summary>
    MethodicalRecommendations,

    /// <summary>ГОСТ Р, including ГОСТ Р МЭК / ИСО / ИСО/МЭК adoptions.</summary>
    GostR,

    /// <summary>Interstate ГОСТ (EAEU/CIS), including ГОСТ IEC / ISO adoptions.</summary>
    Gost,

    Iec,

    Iso,

    IsoIec,

    /// <summary>A regional or national adoption of an international standard: EN, BS EN, SIST EN, DIN EN ….</summary>
    RegionalAdoption,

    /// <summary>IAEA Safety Standards Series (GSR Part 3, SSG-46, RS-G-1.5) and the older Safety Series.</summary>
    IaeaSafetyStandard,

    /// <summary>IAEA report series: TRS, TECDOC, Human Health Reports/Series, Safety Reports Series.</summary>
    IaeaTechnicalReport,

    Icrp,

    Icru,

    /// <summary>AAPM task group report, named by task group number (AAPM TG-142).</summary>
    AapmTaskGroup,

    /// <summary>AAPM report named by its report number, when it is not known as a task group report (AAPM Report No. 100).</summary>
    AapmReport,

    NcrpReport,

    /// <summary>US Code of Federal Regulations: 10 CFR Part 20, 10 CFR 20.1201.</summary>
    UsCfr,

    EuratomDirective,

    /// <summary>Brazilian CNEN norms and resolutions.</summary>
    Cnen,
}
