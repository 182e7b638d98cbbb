using System.Net;
using System.Text.Json;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Api;

public sealed class DocumentApiTests
{
    private static readonly string Slug = Library.Slug(Library.PublicRu);

    [Fact]
    public async Task Lists_documents_with_filters_paging_and_facets()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateClient();

        using var all = await JsonAsync(client, "/api/v1/documents");
        using var page = await JsonAsync(client, "/api/v1/documents?limit=1&offset=1");
        using var typed = await JsonAsync(client, "/api/v1/documents?type=iaea_technical_report");

        Assert.Equal(2, all.RootElement.GetProperty("total").GetInt32());
        Assert.Equal([Library.PublicEn, Library.PublicRu], all.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("designation").GetString()));
        Assert.Equal(Library.PublicRu, page.RootElement.GetProperty("items")[0].GetProperty("designation").GetString());
        Assert.Equal(1, page.RootElement.GetProperty("offset").GetInt32());
        Assert.Equal([Library.PublicEn], typed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("designation").GetString()));
        var types = all.RootElement.GetProperty("facets").GetProperty("type").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Equal(["iaea_technical_report", "sanitary_rules"], types.Order());
        Assert.Equal("sanitary_rules", all.RootElement.GetProperty("items")[1].GetProperty("type").GetString());
        Assert.Equal($"/documents/{Slug}", all.RootElement.GetProperty("items")[1].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Gets_a_document_by_slug_or_edition_id_with_its_clause_tree()
    {
        await using var site = new SiteFactory();
        var (current, old) = await Library.SeedAsync(site);
        var client = site.CreateClient();

        using var bySlug = await JsonAsync(client, $"/api/v1/documents/{Slug}");
        using var byId = await JsonAsync(client, $"/api/v1/documents/{old.Id}");

        var root = bySlug.RootElement;
        Assert.Equal(current.Id, root.GetProperty("document").GetProperty("id").GetGuid());
        Assert.True(root.GetProperty("readable").GetBoolean());
        Assert.Equal($"/documents/{Slug}/original", root.GetProperty("originalUrl").GetString());
        Assert.Equal(["13.280"], root.GetProperty("icsCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, root.GetProperty("editions").GetArrayLength());
        var first = root.GetProperty("clauses")[0];
        Assert.Equal("1", first.GetProperty("key").GetString());
        Assert.Equal(["1.1", "1.2"], first.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("key").GetString()));
        Assert.Equal("p-1-2", first.GetProperty("children")[1].GetProperty("anchor").GetString());
        Assert.Equal(4, first.GetProperty("children")[1].GetProperty("pageStart").GetInt32());
        Assert.Equal("Пультовая", root.GetProperty("clauses")[1].GetProperty("tables")[0].GetProperty("rows")[1][0].GetString());
        Assert.Equal(old.Id, byId.RootElement.GetProperty("document").GetProperty("id").GetGuid());
        Assert.False(byId.RootElement.GetProperty("document").GetProperty("isCurrentEdition").GetBoolean());
    }

    [Fact]
    public async Task Gets_one_clause_by_key_scoped_keys_included()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        using var clause = await JsonAsync(site.CreateClient(), $"/api/v1/documents/{Slug}/clauses/article%3A9/1");

        Assert.Equal("article:9/1", clause.RootElement.GetProperty("key").GetString());
        Assert.Equal("Результаты контроля хранят пять лет.", clause.RootElement.GetProperty("text").GetString());
        Assert.Equal($"/documents/{Slug}/clauses/article%3A9/1", clause.RootElement.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/api/v1/documents/no-such-slug", 404, "Not found")]
    [InlineData("/api/v1/documents/sanpin-9-9-9-0001-25/clauses/77", 404, "Not found")]
    [InlineData("/api/v1/documents?limit=0", 400, "Bad paging")]
    [InlineData("/api/v1/documents?limit=1000", 400, "Bad paging")]
    [InlineData("/api/v1/search?q=type:no_such_type", 400, "The query cannot be run")]
    [InlineData("/api/v1/glossary/no-such-term", 404, "Not found")]
    public async Task Errors_are_problem_details(string url, int status, string title)
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        using var response = await site.CreateClient().GetAsync(url, SiteClient.Cancel);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(SiteClient.Cancel));
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Searches_with_snippets_anchor_urls_and_the_engines_explanation()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        using var result = await JsonAsync(site.CreateClient(), "/api/v1/search?q=%D1%8D%D0%BA%D1%80%D0%B0%D0%BD%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5&clauses=1");
        using var designated = await JsonAsync(site.CreateClient(), "/api/v1/search?q=TRS%20999");

        var hit = Assert.Single(result.RootElement.GetProperty("hits").EnumerateArray());
        var clause = Assert.Single(hit.GetProperty("clauses").EnumerateArray());
        Assert.Equal($"/documents/{Slug}#p-1-2", clause.GetProperty("url").GetString());
        Assert.Contains("<mark>экранированием</mark> &lt;b&gt;бетоном&lt;/b&gt;", clause.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains(Library.PublicEn, designated.RootElement.GetProperty("recognizedDesignations").EnumerateArray().Select(d => d.GetString()));
        Assert.True(designated.RootElement.GetProperty("hits")[0].GetProperty("designationMatched").GetBoolean());
    }

    [Fact]
    public async Task Lists_and_gets_glossary_terms()
    {
        using var folder = new TempDirectory();
        var glossary = folder.Write("glossary.tsv",
            "key\tterm_ru\tterm_en\tdefinition_ru\tdefinition_en\tsource\tsynonyms_ru\tsynonyms_en\tabbreviations\n" +
            "kerma\tкерма\tkerma\tЭнергия.\tEnergy.\t\t\t\tK\nphantom\tфантом\tphantom\t\t\t\t\t\t\n");
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Search:GlossaryPath"] = glossary });

        using var list = await JsonAsync(site.CreateClient(), "/api/v1/glossary?q=%D1%84%D0%B0%D0%BD&limit=5");
        using var term = await JsonAsync(site.CreateClient(), "/api/v1/glossary/kerma");

        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("phantom", list.RootElement.GetProperty("items")[0].GetProperty("key").GetString());
        Assert.Equal("Energy.", term.RootElement.GetProperty("definitionEn").GetString());
        Assert.Equal(["K"], term.RootElement.GetProperty("abbreviations").EnumerateArray().Select(a => a.GetString()));
    }

    internal static async Task<JsonDocument> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, SiteClient.Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(SiteClient.Cancel)}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(SiteClient.Cancel));
    }
}
