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

    /// <summary>
    /// Two documents of their own: the first cites clause 5.1 of the second (walls of the material) from its clause 3.1 (which holds the word), and
    /// the second cites the first back and adopts an IEC standard that is not held (IDT).
    /// </summary>
    public static async Task<(NormativeDocument Citing, NormativeDocument Cited)> SeedLinkedAsync(BrowserSite site, string word, string material = "бетона")
    {
        var number = Random.Shared.Next(1000, 9999);
        var cited = StoreSeed.Make($"ГОСТ Р {number}1-2025", DocumentType.NationalStandard, DateTimeOffset.UtcNow,
            titleRu: "Защита пультовых. Требования", titleEn: "Protection of control rooms. Requirements");
        var five = cited.AddClause("5", "Требования к стенам.", "Стены", page: 6);
        cited.AddClause("5.1", $"Стены пультовой выполняют из {material} плотностью не менее 2,3 г/см³.", parent: five, page: 6);
        var citing = StoreSeed.Make($"СП 2.6.1.{number}-26", DocumentType.SanitaryRules, DateTimeOffset.UtcNow,
            titleRu: "Санитарные правила для пультовых", titleEn: "Sanitary rules for control rooms");
        var section = citing.AddClause("3", "Требования к помещениям.", "Помещения", page: 2);
        citing.AddClause("3.1", $"Пультовая отделена стеной по п. 5.1 {cited.Designation}; {word} проверяют ежегодно.", parent: section, page: 2);
        citing.Relate(RelationType.Cites, cited.Canonical, "3.1", "5.1");
        cited.Relate(RelationType.Cites, citing.Canonical, "5.1", "3.1");
        cited.Relate(RelationType.Adopts, $"IEC 6{number}:2020", degree: CorrespondenceDegree.Idt);
        await StoreSeed.SeedAsync(site.Site, cited, citing);
        return (citing, cited);
    }
}
