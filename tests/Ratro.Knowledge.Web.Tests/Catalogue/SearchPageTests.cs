using System.Net;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Catalogue;

public sealed class SearchPageTests
{
    private static readonly string Slug = Library.Slug(Library.PublicRu);

    [Fact]
    public async Task Groups_hits_by_document_with_escaped_snippets_and_clause_links_to_anchors()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), "/search?q=%D1%8D%D0%BA%D1%80%D0%B0%D0%BD%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5");

        var hit = Assert.Single(page.QuerySelectorAll("li.search-hit"));
        Assert.Equal(Slug, hit.GetAttribute("data-slug"));
        Assert.Equal($"/documents/{Slug}", hit.QuerySelector("h2 a")!.GetAttribute("href"));
        var clause = hit.QuerySelector("ul.hit-clauses li")!;
        Assert.Equal($"/documents/{Slug}#p-1-2", clause.QuerySelector("a.hit-clause")!.GetAttribute("href"));
        Assert.Equal("с. 4–5", Html.Text(page, "ul.hit-clauses .pages"));
        var snippet = clause.QuerySelector("p.snippet")!;
        Assert.Equal(["экранированием"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(snippet.QuerySelectorAll("b"));
        Assert.Contains("<b>бетоном</b>", snippet.TextContent, StringComparison.Ordinal);
        Assert.Equal("Найдено документов: 1", Html.Text(page, "[data-testid=found]"));
    }

    [Fact]
    public async Task Explains_a_recognized_designation_and_ranks_its_document_first()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), "/search?q=TRS%20999");

        Assert.Equal(Library.Slug(Library.PublicEn), page.QuerySelector("li.search-hit")!.GetAttribute("data-slug"));
        Assert.Contains(Library.PublicEn, Html.Text(page, "[data-testid=designations]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_and_paging_travel_in_the_query_string()
    {
        await using var site = new SiteFactory();
        var documents = Enumerable.Range(1, 12).Select(i =>
        {
            var d = StoreSeed.Make($"МУ 2.6.1.{i:D3}-21", i % 2 == 0 ? DocumentType.MethodicalGuideline : DocumentType.SanitaryRules, DateTimeOffset.UtcNow);
            d.AddClause("1", $"Контроль радона в помещениях номер {i}.");
            return d;
        }).ToArray();
        await StoreSeed.SeedAsync(site, documents);
        var client = site.CreateClient();

        var first = await Html.GetAsync(client, "/search?q=%D1%80%D0%B0%D0%B4%D0%BE%D0%BD");
        var typed = first.QuerySelector("[data-facet=type] a[data-value=sanitary_rules]")!.GetAttribute("href")!;
        var filtered = await Html.GetAsync(client, typed);

        Assert.Equal("Найдено документов: 12", Html.Text(first, "[data-testid=found]"));
        Assert.Equal(10, first.QuerySelectorAll("li.search-hit").Length);
        Assert.Equal("/search?q=%D1%80%D0%B0%D0%B4%D0%BE%D0%BD&page=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/search?q=%D1%80%D0%B0%D0%B4%D0%BE%D0%BD&type=sanitary_rules", typed);
        Assert.Equal("Найдено документов: 6", Html.Text(filtered, "[data-testid=found]"));
        Assert.Equal("6", filtered.QuerySelector("[data-facet=type] a[data-value=methodical_guideline] .count")!.TextContent.Trim('(', ')'));
        Assert.Null(filtered.QuerySelector("nav.pager"));
    }

    [Fact]
    public async Task A_bad_query_gets_a_clear_message_in_the_visitors_language()
    {
        await using var site = new SiteFactory();
        var tooLong = new string('а', 1200);

        using var ru = await site.CreateClient().GetAsync($"/search?q={tooLong}", SiteClient.Cancel);
        using var en = await site.CreateClient().GetAsync($"/search?q={tooLong}&culture=en", SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, ru.StatusCode);
        Assert.StartsWith("Запрос слишком длинный", Html.Text(await Html.ParseAsync(ru), "[data-testid=query-error]"), StringComparison.Ordinal);
        Assert.StartsWith("The query is too long", Html.Text(await Html.ParseAsync(en), "[data-testid=query-error]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_query_the_page_offers_the_form_and_no_results()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), "/search");

        Assert.Equal("q", page.QuerySelector("main form[role=search] input[type=search]")!.GetAttribute("name"));
        Assert.Empty(page.QuerySelectorAll("li.search-hit"));
        Assert.Null(page.QuerySelector("[data-testid=found]"));
    }

    [Fact]
    public async Task Russian_words_find_English_documents_through_the_glossary()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Search:GlossaryPath"] = Path.Combine(RepositoryRoot.Corpus, "glossary.tsv") });
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), "/search?q=%D0%BC%D0%B0%D0%BB%D0%BE%D0%B5%20%D0%BF%D0%BE%D0%BB%D0%B5");

        Assert.Contains(page.QuerySelectorAll("li.search-hit"), h => h.GetAttribute("data-slug") == Library.Slug(Library.PublicEn));
        Assert.NotNull(page.QuerySelector("[data-testid=expansions] [lang=en]"));
    }
}
