using System.Net;
using System.Text.Json;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Api;

public sealed class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_describes_the_api_endpoints_only()
    {
        await using var site = new SiteFactory();

        using var document = await DocumentApiTests.JsonAsync(site.CreateClient(), "/openapi/v1.json");

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(
            ["/api/v1/documents", "/api/v1/documents/{idOrSlug}", "/api/v1/documents/{idOrSlug}/clauses/{key}", "/api/v1/glossary", "/api/v1/glossary/{key}", "/api/v1/search"],
            paths);
        Assert.Equal("RATRO Knowledge Base API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        var list = document.RootElement.GetProperty("paths").GetProperty("/api/v1/documents").GetProperty("get");
        Assert.Contains("type", list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_reference_page_allows_only_its_own_nonced_script_and_other_pages_keep_the_strict_policy()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var reference = await client.GetAsync("/api/docs/", SiteClient.Cancel);
        using var home = await client.GetAsync("/", SiteClient.Cancel);
        var html = await reference.Content.ReadAsStringAsync(SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        var csp = Assert.Single(reference.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce", Assert.Single(home.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        using var again = await client.GetAsync("/api/docs/", SiteClient.Cancel);
        Assert.NotEqual(csp, Assert.Single(again.Headers.GetValues("Content-Security-Policy")));
    }
}
