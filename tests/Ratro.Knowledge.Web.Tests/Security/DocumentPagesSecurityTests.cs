using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Security;

public sealed class DocumentPagesSecurityTests
{
    [Theory]
    [InlineData("/documents")]
    [InlineData("/documents/sanpin-9-9-9-0001-25")]
    [InlineData("/documents/sanpin-9-9-9-0001-25/clauses/1")]
    [InlineData("/search?q=%D1%8D%D0%BA%D1%80%D0%B0%D0%BD%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5")]
    [InlineData("/glossary")]
    [InlineData("/admin/documents")]
    [InlineData("/admin/documents/upload")]
    public async Task Document_pages_run_no_inline_script_only_a_json_data_block(string url)
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(client, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var page = await Html.GetAsync(client, url);

        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
            s.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) == true || s.GetAttribute("type") == "application/ld+json",
            s.OuterHtml[..Math.Min(80, s.OuterHtml.Length)]));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }
}
