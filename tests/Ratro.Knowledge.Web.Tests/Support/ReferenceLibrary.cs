using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>
/// Documents linked to each other for the references tests: a national standard that cites a clause of sanitary rules
/// and a standard nobody holds, adopts an IEC standard (MOD) and supersedes its 2010 predecessor; the rules cite it back;
/// later rules amend its clause 4.2; a members-only and a restricted guide cite it too, with marker words in their text.
/// </summary>
public static class ReferenceLibrary
{
    public const string National = "ГОСТ Р 59001-2025";
    public const string Old = "ГОСТ Р 59000-2010";
    public const string Rules = "СП 2.6.1.5001-25";
    public const string Iec = "IEC 69001:2019";
    public const string Unheld = "ISO 99999:2030";
    public const string Amending = "СП 2.6.1.5004-26";
    public const string Members = "МУ 2.6.1.5002-25";
    public const string Restricted = "МУ 2.6.1.5003-25";
    public const string MembersMarker = "аквамариновый";
    public const string RestrictedMarker = "изумрудный";

    public static readonly DateOnly SupersededOn = new(2025, 3, 1);
    public static readonly DateOnly AmendedOn = new(2026, 1, 15);

    private static readonly DateTimeOffset Start = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public static string Slug(string designation) => Slugs.ForCanonical(designation);

    public static async Task SeedAsync(SiteFactory site)
    {
        var national = StoreSeed.Make(National, DocumentType.NationalStandard, Start, titleRu: "Аппараты для лучевой терапии. Требования безопасности");
        national.StatusVerified = "2025-06";
        national.EffectiveOn = SupersededOn;
        national.AddClause("1", "Стандарт распространяется на медицинские ускорители.", "Область применения");
        var section = national.AddClause("4", "Требования к защите.", "Требования");
        national.AddClause("4.2", "Защита пультовой выполняется по п. 5.1 СП 2.6.1.5001-25 и ISO 99999:2030.", parent: section);
        national.Relate(RelationType.Cites, Rules, "4.2", "5.1");
        national.Relate(RelationType.Cites, Unheld, "4.2", "3");
        national.Relate(RelationType.Adopts, Iec, degree: CorrespondenceDegree.Mod);
        national.Relate(RelationType.Supersedes, Old, on: SupersededOn);

        var old = StoreSeed.Make(Old, DocumentType.NationalStandard, Start.AddDays(-1), titleRu: "Аппараты для лучевой терапии (2010)");
        old.Status = DocumentStatus.Superseded;
        old.StatusVerified = "2025-06";
        old.EffectiveOn = new DateOnly(2011, 1, 1);
        old.AddClause("1", "Стандарт 2010 года о медицинских ускорителях.");

        var rules = StoreSeed.Make(Rules, DocumentType.SanitaryRules, Start.AddDays(1), titleRu: "Санитарные правила для пультовых");
        rules.AddClause("2", "Ускорители соответствуют ГОСТ Р 59001-2025 (п. 4.2).", "Общие положения");
        var five = rules.AddClause("5", "Защита.", "Защита");
        rules.AddClause("5.1", "Стены пультовой выполняют из бетона.", parent: five);
        rules.Relate(RelationType.Cites, National, "2", "4.2");

        var iec = StoreSeed.Make(Iec, DocumentType.InternationalStandard, Start.AddDays(2), titleRu: null, titleEn: "Radiotherapy equipment — Safety");
        iec.Language = "en";
        iec.AddClause("1", "This standard applies to medical electron accelerators.", "Scope");

        var amending = StoreSeed.Make(Amending, DocumentType.SanitaryRules, Start.AddDays(5), titleRu: "Изменения к требованиям защиты пультовых");
        amending.AddClause("1", "Пункт 4.2 ГОСТ Р 59001-2025 изложить в новой редакции.");
        amending.Relate(RelationType.Amends, National, "1", "4.2", on: AmendedOn);

        var members = StoreSeed.Make(Members, DocumentType.MethodicalGuideline, Start.AddDays(3), AccessLevel.Members);
        members.AddClause("7", $"Методика для членов: {MembersMarker} шаблон проверки по ГОСТ Р 59001-2025.", "Проверка");
        members.Relate(RelationType.Cites, National, "7", "1");

        var restricted = StoreSeed.Make(Restricted, DocumentType.MethodicalGuideline, Start.AddDays(4), AccessLevel.Restricted);
        restricted.AddClause("3", $"Ограниченный текст: {RestrictedMarker} протокол по ГОСТ Р 59001-2025.");
        restricted.Relate(RelationType.Cites, National, "3", "1");

        await StoreSeed.SeedAsync(site, old, national, rules, iec, amending, members, restricted);
    }
}
