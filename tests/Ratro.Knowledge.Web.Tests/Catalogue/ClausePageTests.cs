using System.Net;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Catalogue;

public sealed class ClausePageTests
{
    private static readonly string Slug = Library.Slug(Library.PublicRu);

    [Fact]
    public async Task Shows_the_clause_with_its_subclauses_pages_and_a_link_back_to_its_anchor()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}/clauses/1");

        Assert.Equal($"{Library.PublicRu}, 1. Общие положения", Html.Text(page, "main h1"));
        Assert.Equal("с. 3", Html.Text(page, "article p.pages"));
        Assert.Equal("Раздел устанавливает общие требования.", Html.Text(page, "article > .clause-text p"));
        Assert.Equal(["p-1-1", "p-1-2"], page.QuerySelectorAll("article > ol.clauses > li").Select(li => li.Id));
        Assert.Equal($"/documents/{Slug}#p-1", page.QuerySelector("[data-testid=back-to-anchor]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("table%3A1", "Пультовая")]
    [InlineData("article%3A9/1", "Результаты контроля хранят пять лет.")]
    [InlineData("1.2", "Толщину бетона рассчитывают по мощности дозы.")]
    public async Task Keys_of_every_kind_resolve_scoped_ones_included(string key, string expected)
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}/clauses/{key}");

        Assert.Contains(expected, page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9.9.9")]
    [InlineData("article%3A10")]
    public async Task An_unknown_clause_is_not_found(string key)
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        using var response = await site.CreateClient().GetAsync($"/documents/{Slug}/clauses/{key}", SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
