using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Security;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        await using var site = new SiteFactory();

        using var response = await site.CreateClient().GetAsync(url, SiteClient.Cancel);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Strict_transport_security_is_sent_over_https_outside_development(string environment, bool expected)
    {
        await using var site = new SiteFactory();
        // Development validates the whole service graph at build time; this test is about headers only.
        await using var configured = site.WithWebHostBuilder(b => b
            .UseEnvironment(environment)
            .UseDefaultServiceProvider(o => o.ValidateOnBuild = false)
            .ConfigureTestServices(s => s.Configure<HstsOptions>(o => o.ExcludedHosts.Clear())));
        var client = configured.CreateClient(new() { BaseAddress = new Uri("https://ratro.test/") });

        using var response = await client.GetAsync("/", SiteClient.Cancel);

        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?culture=en")]
    [InlineData("/account/login")]
    [InlineData("/admin")]
    [InlineData("/admin/content/create?type=news")]
    [InlineData("/admin/users")]
    [InlineData("/news")]
    public async Task Pages_have_no_inline_scripts_styles_or_event_handlers_so_the_policy_can_forbid_them(string url)
    {
        await using var site = new SiteFactory();
        var client = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(client, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var page = await Html.GetAsync(client, url);

        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:' i]"));
    }
}
