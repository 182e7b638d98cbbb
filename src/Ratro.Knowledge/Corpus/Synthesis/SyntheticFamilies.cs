using System.Globalization;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// The synthetic designation namespace. Every synthetic designation starts with "Синт" (Russian families)
/// or "SYNTH-" (international families) and its number starts with 9 ("СинтСП 9.9.2.0042-17",
/// "SYNTH-IEC 90042:2019"); the document serial makes it unique. No real designation has these prefixes,
/// so synthetic documents can never collide with real ones.
/// </summary>
internal static class SyntheticFamilies
{
    public const string RussianPrefix = "Синт";
    public const string InternationalPrefix = "SYNTH-";

    public static readonly IReadOnlyList<SyntheticFamily> Russian =
    [
        new("ru", DocumentType.SanitaryNorms, "Главный государственный санитарный врач Российской Федерации", "RU",
            (serial, year) => $"СинтСанПиН 9.9.1.{Serial(serial)}-{Short(year)}", "Приложение", false),
        new("ru", DocumentType.SanitaryRules, "Главный государственный санитарный врач Российской Федерации", "RU",
            (serial, year) => $"СинтСП 9.9.2.{Serial(serial)}-{Short(year)}", "Приложение", false),
        new("ru", DocumentType.MethodicalGuideline, "Федеральная служба по надзору в сфере защиты прав потребителей и благополучия человека", "RU",
            (serial, year) => $"СинтМУ 9.9.3.{Serial(serial)}-{Short(year)}", "Приложение", false),
        new("ru", DocumentType.NationalStandard, "Федеральное агентство по техническому регулированию и метрологии", "RU",
            (serial, year) => $"СинтГОСТ Р 9{Serial(serial)}-{year}", "Приложение", true),
    ];

    public static readonly IReadOnlyList<SyntheticFamily> International =
    [
        new("en", DocumentType.InternationalStandard, "International Electrotechnical Commission", "INT",
            (serial, year) => $"SYNTH-IEC 9{Serial(serial)}:{year}", "Annex", true),
        new("en", DocumentType.IaeaSafetyStandard, "International Atomic Energy Agency", "INT",
            (serial, _) => $"SYNTH-IAEA SSG-9{Serial(serial)}", "Annex", false, HasRequirements: true),
        new("en", DocumentType.ProfessionalGuideline, "American Association of Physicists in Medicine", "US",
            (serial, _) => $"SYNTH-AAPM TG-9{Serial(serial)}", "Appendix", true, RomanTables: true),
        new("en", DocumentType.IaeaTechnicalReport, "International Atomic Energy Agency", "INT",
            (serial, _) => $"SYNTH-IAEA TRS-9{Serial(serial)}", "Appendix", true),
    ];

    public static bool IsSynthetic(string designation) =>
        designation.StartsWith(RussianPrefix, StringComparison.Ordinal) || designation.StartsWith(InternationalPrefix, StringComparison.Ordinal);

    private static string Serial(int serial) => serial.ToString("D4", CultureInfo.InvariantCulture);

    private static string Short(int year) => (year % 100).ToString("D2", CultureInfo.InvariantCulture);
}
