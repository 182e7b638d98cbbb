using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Browser;

/// <summary>Documents the browser tests put into the shared site, each test its own (a unique number in the designation).</summary>
public static class BrowserDocuments
{
    public static async Task<NormativeDocument> SeedAsync(BrowserSite site, string word, AccessLevel access = AccessLevel.Public)
    {
        var number = Random.Shared.Next(1000, 9999);
        var d = StoreSeed.Make($"СП 2.6.1.{number}-25", DocumentType.SanitaryRules, DateTimeOffset.UtcNow, access,
            titleRu: "Санитарные правила для отделений лучевой терапии", titleEn: "Sanitary rules for radiotherapy departments");
        d.Issuer = "Роспотребнадзор";
        d.Jurisdiction = "RU";
        d.StatusVerified = "2025-04-02";
        d.IcsCodes = ["13.280"];
        var section = d.AddClause("3", "Раздел устанавливает требования к помещениям.", "Требования к помещениям", page: 2);
        d.AddClause("3.1", $"Процедурная отделена от пультовой защитной стеной; {word} проверяют ежегодно.", parent: section, page: 2);
        d.AddClause("3.2", "Двери процедурной блокируются при облучении.", parent: section, page: 3);
        d.AddClause("Таблица 2", "Допустимая мощность дозы за защитой.", "Мощность дозы", page: 4,
            table: new ClauseTable("Таблица 2. Мощность дозы", [["Помещение", "мкЗв/ч"], ["Пультовая", "2,5"], ["Коридор", "1,2"]]),
            footnote: new Footnote("*", "Значения для персонала группы А."));
        await StoreSeed.SeedAsync(site.Site, d);
        return d;
    }
}
