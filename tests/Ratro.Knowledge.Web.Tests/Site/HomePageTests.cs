using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Site;

public sealed class HomePageTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Counts_the_visible_documents_of_the_store_by_type()
    {
        await using var site = new SiteFactory();
        await StoreSeed.SeedAsync(site,
            StoreSeed.Make("ГОСТ Р 1-2001", DocumentType.NationalStandard, Start),
            StoreSeed.Make("ГОСТ Р 2-2002", DocumentType.NationalStandard, Start.AddDays(1)),
            StoreSeed.Make("ГОСТ Р 3-2003", DocumentType.NationalStandard, Start.AddDays(2)),
            StoreSeed.Make("СанПиН 1.1.1-01", DocumentType.SanitaryRules, Start.AddDays(3)),
            StoreSeed.Make("IAEA SSG-46", DocumentType.IaeaSafetyStandard, Start.AddDays(4)),
            StoreSeed.Make("IAEA TRS-1", DocumentType.IaeaTechnicalReport, Start.AddDays(5), access: AccessLevel.Members),
            StoreSeed.Make("ГОСТ Р 9-2009", DocumentType.NationalStandard, Start.AddDays(6), state: PublicationState.Draft));

        var anonymous = await Html.GetAsync(site.CreateClient(), "/");
        Assert.Equal("Всего документов: 5", Html.Text(anonymous, "[data-testid=total]"));
        Assert.Equal(
            ["national_standard=3", "sanitary_rules=1", "iaea_safety_standard=1"],
            anonymous.QuerySelectorAll("table.counts tbody tr").Select(r => $"{r.GetAttribute("data-type")}={r.QuerySelector("td")!.TextContent}"));
        Assert.Equal("Национальные стандарты (ГОСТ Р)", Html.Text(anonymous, "tr[data-type=national_standard] th"));

        await site.CreateUserAsync("member@ratro.test", "Member-Pass-2024", Roles.Member);
        var member = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(member, "member@ratro.test", "Member-Pass-2024");
        var signedIn = await Html.GetAsync(member, "/?culture=en");
        Assert.Equal("Documents in total: 6", Html.Text(signedIn, "[data-testid=total]"));
        Assert.Equal("IAEA technical reports", Html.Text(signedIn, "tr[data-type=iaea_technical_report] th"));
    }

    [Fact]
    public async Task Lists_the_five_most_recently_added_documents_newest_first()
    {
        await using var site = new SiteFactory();
        var designations = Enumerable.Range(1, 7).Select(i => $"МУ 2.6.1.{i}-20").ToList();
        await StoreSeed.SeedAsync(site, designations.Select((d, i) => StoreSeed.Make(d, DocumentType.MethodicalGuideline, Start.AddHours(i))).ToArray());

        var home = await Html.GetAsync(site.CreateClient(), "/");

        Assert.Equal(
            designations.AsEnumerable().Reverse().Take(5),
            home.QuerySelectorAll("ul.recent-documents .designation").Select(e => e.TextContent));
        Assert.Equal("/documents/" + Slugs.ForCanonical(designations[^1]), home.QuerySelector("ul.recent-documents a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_empty_store_says_so_and_the_query_boxes_point_to_search_and_ask()
    {
        await using var site = new SiteFactory();

        var home = await Html.GetAsync(site.CreateClient(), "/");

        Assert.Equal("Документы ещё не загружены.", Html.Text(home, "section[aria-labelledby=holdings-heading] p"));
        Assert.Equal("/search", home.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.Equal("q", home.QuerySelector("form[action='/search'] input")!.GetAttribute("name"));
        Assert.Equal("get", home.QuerySelector("form[action='/ask']")!.GetAttribute("method"));
        Assert.Equal("q", home.QuerySelector("form[action='/ask'] input")!.GetAttribute("name"));
    }

    [Fact]
    public async Task Shows_the_latest_published_news_in_the_visitors_language()
    {
        await using var site = new SiteFactory();
        await Content.CreateAsync(site, ContentType.News, "first", "ru", "Первая новость");
        await Content.CreateAsync(site, ContentType.News, "first", "en", "First news");
        await Content.CreateAsync(site, ContentType.News, "draft-only", "ru", "Черновик", publish: false);

        var ru = await Html.GetAsync(site.CreateClient(), "/");
        var en = await Html.GetAsync(site.CreateClient(), "/?culture=en");

        Assert.Equal(["Первая новость"], ru.QuerySelectorAll("ul.news-list a").Select(a => a.TextContent));
        Assert.Equal(["First news"], en.QuerySelectorAll("ul.news-list a").Select(a => a.TextContent));
    }
}
