using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>
/// A small library of documents covering every access level and state, seeded by each test that needs it. Each
/// non-public document carries a marker sentence with words that appear nowhere else, so a test can search a whole
/// response for them.
/// </summary>
public static class Library
{
    public const string PublicRu = "СанПиН 9.9.9.0001-25";
    public const string PublicEn = "IAEA TRS-999";
    public const string Members = "МУ 9.9.9.0002-25";
    public const string Restricted = "МУ 9.9.9.0003-25";
    public const string Draft = "МУ 9.9.9.0004-25";

    /// <summary>Words only the members-only document contains.</summary>
    public const string MembersMarker = "лазурит";
    public const string MembersSentence = "Секретная фраза членов: квазистатический фантом лазурит.";
    public const string RestrictedMarker = "малахитовый";
    public const string DraftMarker = "янтарный";

    /// <summary>Other words of the marker sentences, for queries (a query is echoed on the page, so it never names a marker).</summary>
    public const string MembersQuery = "квазистатический";
    public const string RestrictedQuery = "коллиматор";
    public const string DraftQuery = "дозиметр";

    public static readonly string[] HiddenMarkers = [MembersMarker, RestrictedMarker, DraftMarker];

    private static readonly DateTimeOffset Start = new(2025, 2, 1, 8, 0, 0, TimeSpan.Zero);

    public static string Slug(string designation) => Slugs.ForCanonical(designation);

    public static async Task<(NormativeDocument Current, NormativeDocument Old)> SeedAsync(SiteFactory site)
    {
        var current = PublicRussian();
        var old = StoreSeed.Make(PublicRu, DocumentType.SanitaryRules, Start.AddDays(-400), titleRu: "Гигиенические требования (редакция 2020 года)");
        old.Edition = "ред. 2020";
        old.EditionDate = new DateOnly(2020, 1, 15);
        old.Status = DocumentStatus.Superseded;
        old.AddClause("1", "Старая редакция требовала ежеквартального контроля защиты.");

        var english = StoreSeed.Make(PublicEn, DocumentType.IaeaTechnicalReport, Start.AddDays(1), titleRu: "Дозиметрия малых полей", titleEn: "Dosimetry of small fields");
        english.Language = "en";
        english.Status = DocumentStatus.Unknown;
        english.IsDigest = true;
        english.Issuer = "IAEA";
        english.Jurisdiction = "INT";
        english.AddClause("1", "Small field dosimetry requires detectors with a small sensitive volume.", "Detectors", page: 7);

        var members = Hidden(Members, AccessLevel.Members, PublicationState.Published, MembersSentence, 2);
        var restricted = Hidden(Restricted, AccessLevel.Restricted, PublicationState.Published, "Ограниченная фраза: малахитовый коллиматор.", 3);
        var draft = Hidden(Draft, AccessLevel.Public, PublicationState.Draft, "Черновая фраза: янтарный дозиметр.", 4);
        await StoreSeed.SeedAsync(site, old, current, english, members, restricted, draft);
        return (current, old);
    }

    private static NormativeDocument PublicRussian()
    {
        var d = StoreSeed.Make(PublicRu, DocumentType.SanitaryRules, Start, titleRu: "Гигиенические требования к кабинетам лучевой терапии", titleEn: "Hygienic requirements for radiotherapy rooms");
        d.Designation = "СанПиН 9.9.9.0001-25";
        d.StatusVerified = "2025-03";
        d.Issuer = "Роспотребнадзор";
        d.Jurisdiction = "RU";
        d.IcsCodes = ["13.280"];
        d.ApprovedOn = new DateOnly(2025, 1, 10);
        d.EffectiveOn = new DateOnly(2025, 3, 1);
        d.Edition = "ред. 2025";
        d.EditionDate = new DateOnly(2025, 1, 10);
        var general = d.AddClause("1", "Раздел устанавливает общие требования.", "Общие положения", page: 3);
        d.AddClause("1.1", "Требования распространяются на кабинеты дистанционной лучевой терапии.", parent: general, page: 3);
        d.AddClause("1.2", "Защита персонала обеспечивается экранированием <b>бетоном</b>¹.", parent: general, page: 4, pageEnd: 5,
            footnote: new Footnote("¹", "Толщину бетона рассчитывают по мощности дозы."));
        d.AddClause("Таблица 1", "Мощность дозы за защитой не превышает значений таблицы.", "Пределы мощности дозы", page: 6,
            table: new ClauseTable("Таблица 1. Пределы мощности дозы", [["Помещение", "Мощность дозы"], ["Пультовая", "2,5 мкЗв/ч"]]));
        var article = d.AddClause("Статья 9", "Контроль выполняют ежегодно.", "Контроль");
        d.AddClause("1", "Результаты контроля хранят пять лет.", parent: article, key: "article:9/1");
        return d;
    }

    private static NormativeDocument Hidden(string designation, AccessLevel access, PublicationState state, string sentence, int day)
    {
        var d = StoreSeed.Make(designation, DocumentType.MethodicalGuideline, Start.AddDays(day), access, state, titleRu: $"Методические указания {designation}");
        d.AddClause("1", sentence, "Назначение");
        return d;
    }
}
