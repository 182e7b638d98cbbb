using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>The words of the field that name a kind of document, in Russian and English, by stem.</summary>
public static class DocumentKindHints
{
    private static readonly DocumentKindHint[] All =
    [
        new("гост", [DocumentType.NationalStandard, DocumentType.InterstateStandard], ["ГОСТ"]),
        new("стандарт", [DocumentType.NationalStandard, DocumentType.InterstateStandard, DocumentType.InternationalStandard], []),
        new("standard", [DocumentType.NationalStandard, DocumentType.InterstateStandard, DocumentType.InternationalStandard], []),
        new("санпин", [DocumentType.SanitaryRules, DocumentType.SanitaryNorms], ["СанПиН"]),
        new("санитарн", [DocumentType.SanitaryRules, DocumentType.SanitaryNorms], ["СанПиН", "СП "]),
        new("сп", [DocumentType.SanitaryRules], ["СП "]),
        new("sanitary", [DocumentType.SanitaryRules, DocumentType.SanitaryNorms], ["СанПиН", "СП "]),
        new("methodological", [DocumentType.MethodicalGuideline], ["МУ "]),
        new("нормы", [DocumentType.SanitaryNorms], []),
        new("приказ", [DocumentType.MinistryOrder], ["Приказ"]),
        new("order", [DocumentType.MinistryOrder], ["Приказ"]),
        new("закон", [DocumentType.FederalLaw], ["Федеральный закон"]),
        new("law", [DocumentType.FederalLaw], ["Федеральный закон"]),
        new("му", [DocumentType.MethodicalGuideline], ["МУ "]),
        new("методическ", [DocumentType.MethodicalGuideline], ["МУ "]),
        new("iaea", [DocumentType.IaeaSafetyStandard, DocumentType.IaeaTechnicalReport], ["IAEA"]),
        new("магатэ", [DocumentType.IaeaSafetyStandard, DocumentType.IaeaTechnicalReport], ["IAEA"]),
        new("aapm", [], ["AAPM"]),
        new("icrp", [DocumentType.IcrpPublication], ["ICRP"]),
        new("мкрз", [DocumentType.IcrpPublication], ["ICRP"]),
        new("icru", [DocumentType.IcruReport], ["ICRU"]),
        new("мкре", [DocumentType.IcruReport], ["ICRU"]),
        new("iec", [], ["IEC", "МЭК"]),
        new("мэк", [], ["IEC", "МЭК"]),
        new("iso", [], ["ISO", "ИСО"]),
        new("исо", [], ["ISO", "ИСО"]),
        new("nrc", [], ["CFR"]),
        new("cfr", [], ["CFR"]),
        new("euratom", [], ["Euratom"]),
        new("директив", [], ["Euratom"]),
        new("directive", [], ["Euratom"]),
        new("ncrp", [], ["NCRP"]),
        new("estro", [], ["ESTRO"]),
        new("cnen", [], ["CNEN"]),
    ];

    private static readonly Dictionary<string, DocumentKindHint> ByStem =
        All.ToDictionary(h => Words.Stem(h.Word), StringComparer.Ordinal);

    /// <summary>The hint a word of a question gives, if any.</summary>
    public static DocumentKindHint? For(Word word) => ByStem.GetValueOrDefault(word.Stem);
}
