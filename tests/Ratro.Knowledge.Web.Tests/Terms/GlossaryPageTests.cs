using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Terms;

public sealed class GlossaryPageTests
{
    private const string Glossary =
        "key\tterm_ru\tterm_en\tdefinition_ru\tdefinition_en\tsource\tsynonyms_ru\tsynonyms_en\tabbreviations\n" +
        "absorbed-dose\tпоглощённая доза\tabsorbed dose\tЭнергия на единицу массы.\tEnergy per unit mass.\tМУ 2.6.1.500-20\tдоза поглощённая\t\tD\n" +
        "kerma\tкерма\tkerma\tКинетическая энергия, переданная заряженным частицам.\t\tIAEA TRS-1000\t\t\t\n" +
        "phantom\tфантом\tphantom\tОбъект, заменяющий тело при измерениях.\tAn object standing in for the body.\t\t\twater phantom\t\n" +
        "secret\tсекретный термин\tsecret term\tОпределение.\tDefinition.\tМУ 2.6.1.501-20\t\t\t\n";

    [Fact]
    public async Task Shows_terms_in_both_languages_with_definitions_synonyms_abbreviations_and_source_links()
    {
        using var folder = new TempDirectory();
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Search:GlossaryPath"] = folder.Write("glossary.tsv", Glossary) });
        await StoreSeed.SeedAsync(site,
            StoreSeed.Make("МУ 2.6.1.500-20", DocumentType.MethodicalGuideline, DateTimeOffset.UtcNow),
            StoreSeed.Make("МУ 2.6.1.501-20", DocumentType.MethodicalGuideline, DateTimeOffset.UtcNow, access: AccessLevel.Restricted));

        var ru = await Html.GetAsync(site.CreateClient(), "/glossary");
        var en = await Html.GetAsync(site.CreateClient(), "/glossary?culture=en");

        Assert.Equal(["керма", "поглощённая доза", "секретный термин", "фантом"], ru.QuerySelectorAll("dl.glossary dt dfn").Select(d => d.TextContent));
        Assert.Equal(["absorbed dose", "kerma", "phantom", "secret term"], en.QuerySelectorAll("dl.glossary dt dfn").Select(d => d.TextContent));
        var dose = ru.QuerySelector("dt#term-absorbed-dose")!;
        Assert.Equal("absorbed dose", dose.QuerySelector(".other-term[lang=en]")!.TextContent);
        var definition = dose.NextElementSibling!;
        Assert.Equal("Энергия на единицу массы.", definition.QuerySelector("p[lang=ru]")!.TextContent);
        Assert.Contains("D", definition.TextContent, StringComparison.Ordinal);
        Assert.Equal("/documents/" + Slugs.ForCanonical("МУ 2.6.1.500-20"), definition.QuerySelector("[data-testid=source-link]")!.GetAttribute("href"));
        Assert.Null(ru.QuerySelector("dt#term-secret")!.NextElementSibling!.QuerySelector("[data-testid=source-link]"));
        Assert.Null(ru.QuerySelector("dt#term-kerma")!.NextElementSibling!.QuerySelector("[data-testid=source-link]"));
        Assert.Equal("Кинетическая энергия, переданная заряженным частицам.", en.QuerySelector("dt#term-kerma")!.NextElementSibling!.QuerySelector("p[lang=ru]")!.TextContent);
    }

    [Fact]
    public async Task The_letter_index_and_the_filter_work_as_plain_links_and_forms()
    {
        using var folder = new TempDirectory();
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Search:GlossaryPath"] = folder.Write("glossary.tsv", Glossary) });
        var client = site.CreateClient();

        var all = await Html.GetAsync(client, "/glossary");
        var letterLink = all.QuerySelector("nav.letters a:not([aria-current])")!;
        var byLetter = await Html.GetAsync(client, letterLink.GetAttribute("href")!);
        var bySynonym = await Html.GetAsync(client, "/glossary?q=" + Uri.EscapeDataString("доза поглощенная"));
        var byEnglish = await Html.GetAsync(client, "/glossary?q=WATER");

        Assert.Equal(["К", "П", "С", "Ф"], all.QuerySelectorAll("nav.letters li a").Skip(1).Select(a => a.TextContent));
        Assert.Equal("/glossary?letter=%D0%9A", letterLink.GetAttribute("href"));
        Assert.Equal(["керма"], byLetter.QuerySelectorAll("dl.glossary dfn").Select(d => d.TextContent));
        Assert.Equal(["поглощённая доза"], bySynonym.QuerySelectorAll("dl.glossary dfn").Select(d => d.TextContent));
        Assert.Equal(["фантом"], byEnglish.QuerySelectorAll("dl.glossary dfn").Select(d => d.TextContent));
        Assert.Equal("Терминов: 1", Html.Text(byEnglish, "[data-testid=term-count]"));
        Assert.Equal("get", all.QuerySelector("main form[role=search]")!.GetAttribute("method"));
    }
}
