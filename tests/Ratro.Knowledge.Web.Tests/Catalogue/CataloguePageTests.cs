using System.Net;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Catalogue;

public sealed class CataloguePageTests
{
    [Fact]
    public async Task Lists_the_readable_documents_by_designation_with_titles_in_their_own_language()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), "/documents");

        Assert.Equal("Найдено документов: 2", Html.Text(page, "[data-testid=found]"));
        Assert.Equal([Library.PublicEn, Library.PublicRu], page.QuerySelectorAll("table.catalogue tbody th a.designation").Select(a => a.TextContent));
        var english = page.QuerySelector($"tr[data-slug={Library.Slug(Library.PublicEn)}]")!;
        Assert.Equal("en", english.QuerySelector("td span[lang]")!.GetAttribute("lang"));
        Assert.Equal("Dosimetry of small fields", english.QuerySelector("td span[lang]")!.TextContent);
        Assert.Equal("Дозиметрия малых полей", english.QuerySelector("small.other-title[lang=ru]")!.TextContent);
        Assert.Equal("/documents/" + Library.Slug(Library.PublicRu), page.QuerySelector($"tr[data-slug={Library.Slug(Library.PublicRu)}] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Facets_count_what_matches_and_a_chosen_value_keeps_its_alternatives_and_the_url_holds_the_state()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var editor = await Visitors.ClientAsync(site, Roles.Editor);

        var all = await Html.GetAsync(editor, "/documents");
        Assert.Equal("3", Count(all, "type", "methodical_guideline"));
        Assert.Equal("1", Count(all, "type", "sanitary_rules"));
        Assert.Equal("2025", all.QuerySelector("[data-facet=year] a")!.GetAttribute("data-value"));

        var href = all.QuerySelector("[data-facet=type] a[data-value=methodical_guideline]")!.GetAttribute("href")!;
        Assert.Equal("/documents?type=methodical_guideline", href);
        var chosen = await Html.GetAsync(editor, href);

        Assert.Equal("Найдено документов: 3", Html.Text(chosen, "[data-testid=found]"));
        Assert.Equal("true", chosen.QuerySelector("[data-facet=type] a[data-value=methodical_guideline]")!.GetAttribute("aria-current"));
        Assert.Equal("1", Count(chosen, "type", "sanitary_rules"));
        Assert.Equal("/documents?type=methodical_guideline&type=sanitary_rules",
            chosen.QuerySelector("[data-facet=type] a[data-value=sanitary_rules]")!.GetAttribute("href"));
        Assert.Equal("/documents", chosen.QuerySelector("[data-testid=clear]")!.GetAttribute("href"));
        Assert.Equal("methodical_guideline", chosen.QuerySelector("form.filter-form input[type=hidden][name=type]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/documents?q=%D0%BB%D1%83%D1%87%D0%B5%D0%B2%D0%BE%D0%B9", Library.PublicRu)]
    [InlineData("/documents?status=unknown", Library.PublicEn)]
    [InlineData("/documents?jurisdiction=INT", Library.PublicEn)]
    [InlineData("/documents?ics=13.280", Library.PublicRu)]
    [InlineData("/documents?issuer=IAEA", Library.PublicEn)]
    [InlineData("/documents?year=2025", Library.PublicRu)]
    public async Task Each_filter_narrows_the_list(string url, string expected)
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal([expected], page.QuerySelectorAll("table.catalogue tbody a.designation").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Pages_and_sorts_by_date_and_keeps_both_in_the_links()
    {
        await using var site = new SiteFactory();
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var documents = Enumerable.Range(1, 30).Select(i =>
        {
            var d = StoreSeed.Make($"МУ 2.6.1.{i:D3}-20", Ratro.Knowledge.Documents.DocumentType.MethodicalGuideline, start);
            d.EditionDate = new DateOnly(1990 + i, 1, 1);
            return d;
        }).ToArray();
        await StoreSeed.SeedAsync(site, documents);
        var client = site.CreateClient();

        var first = await Html.GetAsync(client, "/documents?sort=date");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await Html.GetAsync(client, next);

        Assert.Equal("МУ 2.6.1.030-20", first.QuerySelector("table.catalogue tbody a.designation")!.TextContent);
        Assert.Equal(25, first.QuerySelectorAll("table.catalogue tbody tr").Length);
        Assert.Equal("/documents?sort=date&page=2", next);
        Assert.Equal(["МУ 2.6.1.005-20", "МУ 2.6.1.004-20", "МУ 2.6.1.003-20", "МУ 2.6.1.002-20", "МУ 2.6.1.001-20"],
            second.QuerySelectorAll("table.catalogue tbody a.designation").Select(a => a.TextContent));
        Assert.Equal("page", second.QuerySelector("nav.pager a[aria-current=page]")!.GetAttribute("aria-current"));
        Assert.Equal("2", second.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task A_query_the_engine_refuses_is_explained_with_status_400()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        using var response = await site.CreateClient().GetAsync("/documents?q=type:no_such_type", SiteClient.Cancel);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no_such_type", Html.Text(page, "[data-testid=query-error]"), StringComparison.Ordinal);
        Assert.DoesNotContain(" / ", Html.Text(page, "[data-testid=query-error]"), StringComparison.Ordinal);
    }

    private static string? Count(AngleSharp.Dom.IDocument page, string facet, string value) =>
        page.QuerySelector($"[data-facet={facet}] a[data-value={value}] .count")?.TextContent.Trim('(', ')');
}
