using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>
/// Documents for the ask tests: norms with the dose limit of group A staff (page 4), the superseded rules they replaced
/// (the only text on quarterly checks of the control room), and a members-only guide that alone answers a question on
/// gamma knife operators.
/// </summary>
public static class AskLibrary
{
    public const string Norms = "СанПиН 2.6.1.9101-25";
    public const string OldRules = "СанПиН 2.6.1.9100-09";
    public const string Guide = "МР 9.9.9-99";

    public const string LimitQuestion = "Какой предел эффективной дозы для персонала группы А?";
    public const string OldQuestion = "Как часто проводят дозиметрический контроль пультовой?";
    public const string GuideQuestion = "Какая годовая доза операторов установки гамма-нож?";
    public const string UnansweredQuestion = "Сколько стоит парковка у входа в клинику по выходным?";

    /// <summary>Words only the members-only guide holds (its answer and title), never to reach an anonymous caller.</summary>
    public static readonly string[] GuideSecrets = ["7 мЗв", Guide, "Методика для членов ассоциации", "внутреннему регламенту"];

    private static readonly DateTimeOffset Start = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static string Slug(string designation) => Slugs.ForCanonical(designation);

    public static async Task SeedAsync(SiteFactory site)
    {
        var norms = StoreSeed.Make(Norms, DocumentType.SanitaryNorms, Start, titleRu: "Нормы радиационной безопасности отделений");
        var limits = norms.AddClause("3", "Пределы доз.", "Пределы доз", page: 4);
        norms.AddClause("3.1.1", "Для персонала группы А предел эффективной дозы составляет 20 мЗв в год в среднем за 5 лет.", parent: limits, page: 4);
        norms.AddClause("3.1.2", "Для населения предел эффективной дозы составляет 1 мЗв в год.", parent: limits, page: 4);
        norms.Relate(RelationType.Supersedes, OldRules, on: new DateOnly(2025, 1, 1));

        var old = StoreSeed.Make(OldRules, DocumentType.SanitaryRules, Start.AddDays(-1), titleRu: "Правила радиационного контроля отделений");
        old.Status = DocumentStatus.Superseded;
        old.AddClause("5.2", "Дозиметрический контроль пультовой проводят ежеквартально.", page: 9);

        var guide = StoreSeed.Make(Guide, DocumentType.MethodicalGuideline, Start.AddDays(1), AccessLevel.Members, titleRu: "Методика для членов ассоциации");
        guide.AddClause("3.1.2", "Годовая доза операторов установки гамма-нож не должна превышать 7 мЗв по внутреннему регламенту отделения.");

        await StoreSeed.SeedAsync(site, old, norms, guide);
    }
}
