using System.Net;
using System.Text.Json;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Catalogue;

public sealed class DocumentPageTests
{
    private static readonly string Slug = Library.Slug(Library.PublicRu);

    [Fact]
    public async Task The_record_card_shows_every_field_in_the_visitors_language()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var ru = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}");
        var en = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}?culture=en");

        Assert.Equal(Library.PublicRu, Html.Text(ru, "h1 .designation"));
        Assert.Equal("Гигиенические требования к кабинетам лучевой терапии", Html.Text(ru, "p.document-title[lang=ru]"));
        Assert.Equal("Hygienic requirements for radiotherapy rooms", Html.Text(ru, "p.other-title[lang=en]"));
        Assert.Equal("Санитарные правила", Html.Text(ru, "dd[data-field=type]"));
        Assert.Equal("Роспотребнадзор", Html.Text(ru, "dd[data-field=issuer]"));
        Assert.Equal("Россия", Html.Text(ru, "dd[data-field=jurisdiction]"));
        Assert.Equal("13.280", Html.Text(ru, "dd[data-field=ics]"));
        Assert.Equal("открытый", Html.Text(ru, "dd[data-field=access]"));
        Assert.Equal("10 января 2025", Html.Text(ru, "dd[data-field=approved] time"));
        Assert.Equal("2025-03-01", ru.QuerySelector("dd[data-field=effective] time")!.GetAttribute("datetime"));
        Assert.Matches("^Действует — проверен март 2025$", Normalize(Html.Text(ru, "dd[data-field=status]")));
        Assert.Equal("ред. 2025 (10 января 2025)", Html.Text(ru, "dd[data-field=edition]"));
        Assert.Equal("Sanitary rules", Html.Text(en, "dd[data-field=type]"));
        Assert.Equal("In force — verified on March 2025", Normalize(Html.Text(en, "dd[data-field=status]")));
        Assert.Equal("Kind of document", en.QuerySelector("dd[data-field=type]")!.PreviousElementSibling!.TextContent);
    }

    [Fact]
    public async Task Lists_the_editions_and_shows_an_older_one_with_a_notice_and_its_own_links()
    {
        await using var site = new SiteFactory();
        var (current, old) = await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}");
        var links = page.QuerySelectorAll("ul.editions a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        var older = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}?edition={old.Id}");

        Assert.Equal([("ред. 2025 (10 января 2025)", $"/documents/{Slug}"), ("ред. 2020 (15 января 2020)", $"/documents/{Slug}?edition={old.Id}")], links);
        Assert.Equal("page", page.QuerySelector($"li[data-edition='{current.Id}'] a")!.GetAttribute("aria-current"));
        Assert.NotNull(older.QuerySelector("[data-testid=old-edition]"));
        Assert.Equal("Заменён", Html.Text(older, ".badge-status"));
        Assert.Contains("ежеквартального", older.QuerySelector("ol.clauses")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/documents/{Slug}/clauses/1?edition={old.Id}", older.QuerySelector("li#p-1 a.clause-number")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("[data-testid=old-edition]"));
    }

    [Fact]
    public async Task The_clause_tree_nests_clauses_with_stable_anchors_links_pages_tables_and_footnotes()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}");

        Assert.Equal(["p-1", "table-1", "article-9"], page.QuerySelectorAll("section.document-text > ol.clauses > li").Select(li => li.Id));
        Assert.Equal(["p-1-1", "p-1-2"], page.QuerySelectorAll("li#p-1 > ol.clauses > li").Select(li => li.Id));
        Assert.Equal($"/documents/{Slug}/clauses/1.2", page.QuerySelector("li#p-1-2 a.clause-number")!.GetAttribute("href"));
        Assert.Equal($"/documents/{Slug}/clauses/article%3A9/1", page.QuerySelector("li#article-9-1 a.clause-number")!.GetAttribute("href"));
        Assert.Equal("с. 4–5", Html.Text(page, "li#p-1-2 .pages"));
        Assert.Equal("с. 3", Html.Text(page, "li#p-1 > .clause-head .pages"));
        Assert.Equal("Общие положения", Html.Text(page, "li#p-1 h3.clause-heading"));
        Assert.Equal("Толщину бетона рассчитывают по мощности дозы.", page.QuerySelector("li#p-1-2 aside.footnotes li")!.LastChild!.TextContent.Trim());
        var table = page.QuerySelector("li#table-1 table.clause-table")!;
        Assert.Equal("Таблица 1. Пределы мощности дозы", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Помещение", "Мощность дозы"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["Пультовая", "2,5 мкЗв/ч"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Equal("Защита персонала обеспечивается экранированием <b>бетоном</b>¹.", Html.Text(page, "li#p-1-2 .clause-text p"));
        Assert.Empty(page.QuerySelectorAll("li#p-1-2 .clause-text b"));
        Assert.Equal("pp. 4–5", Html.Text(await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}?culture=en"), "li#p-1-2 .pages"));
    }

    [Fact]
    public async Task A_digest_says_it_is_not_the_official_text_and_an_unverified_status_says_so()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{Library.Slug(Library.PublicEn)}");

        Assert.Equal("Дайджест РАТРО — изложение своими словами, не официальный текст.", Html.Text(page, "[data-testid=digest]"));
        Assert.Equal("Статус не установлен — дата проверки не записана", Normalize(Html.Text(page, "dd[data-field=status]")));
        Assert.Equal("en", page.QuerySelector("p.document-title")!.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("ol.clauses")!.GetAttribute("lang"));
        Assert.Equal("с. 7", Html.Text(page, "li#p-1 .pages"));
    }

    [Fact]
    public async Task Carries_schema_org_legislation_as_a_data_block_that_cannot_close_its_element()
    {
        await using var site = new SiteFactory();
        var document = StoreSeed.Make("МУ 2.6.1.777-25", Ratro.Knowledge.Documents.DocumentType.MethodicalGuideline, DateTimeOffset.UtcNow,
            titleRu: "Опасный </script><script>alert(1)</script> заголовок");
        document.ApprovedOn = new DateOnly(2025, 5, 6);
        await StoreSeed.SeedAsync(site, document);

        using var response = await site.CreateClient().GetAsync($"/documents/{document.Slug}", SiteClient.Cancel);
        var body = await response.Content.ReadAsStringAsync(SiteClient.Cancel);
        var page = await Html.ParseAsync(response);

        var data = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(data.TextContent);
        Assert.Equal("Legislation", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("МУ 2.6.1.777-25", json.RootElement.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("2025-05-06", json.RootElement.GetProperty("legislationDate").GetString());
        Assert.Equal("https://schema.org/InForce", json.RootElement.GetProperty("legislationLegalForce").GetString());
        Assert.StartsWith("Опасный </script>", json.RootElement.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
    }

    [Fact]
    public async Task The_original_file_downloads_with_its_type_and_a_safe_name()
    {
        await using var site = new SiteFactory();
        var (current, old) = await Library.SeedAsync(site);

        using var response = await site.CreateClient().GetAsync($"/documents/{Slug}/original", SiteClient.Cancel);
        using var older = await site.CreateClient().GetAsync($"/documents/{Slug}/original?edition={old.Id}", SiteClient.Cancel);
        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"{Slug}.md", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal($"# {Library.PublicRu}\n", await response.Content.ReadAsStringAsync(SiteClient.Cancel));
        Assert.Equal($"{Slug}-{old.Id.ToString("N")[..8]}.md", older.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal($"/documents/{Slug}/original", page.QuerySelector("dd[data-field=original] a")!.GetAttribute("href"));
        Assert.Equal(current.Id.ToString(), page.QuerySelector($"li[data-edition='{current.Id}']")!.GetAttribute("data-edition"));
    }

    [Theory]
    [InlineData("/documents/no-such-document")]
    [InlineData("/documents/no-such-document/original")]
    public async Task Unknown_documents_are_not_found(string url)
    {
        await using var site = new SiteFactory();

        using var response = await site.CreateClient().GetAsync(url, SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_edition_of_a_known_document_is_not_found()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        using var response = await site.CreateClient().GetAsync($"/documents/{Slug}?edition={Guid.NewGuid()}", SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
