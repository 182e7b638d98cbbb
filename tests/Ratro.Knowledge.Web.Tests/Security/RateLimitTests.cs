using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Security;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task The_ask_policy_refuses_requests_over_the_configured_limit()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?>
        {
            ["RateLimits:Ask:PermitLimit"] = "2",
            ["RateLimits:Ask:WindowSeconds"] = "3600",
        });
        await using var withEndpoint = site.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new LimitedEndpoint())));
        var client = withEndpoint.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/test/limited", SiteClient.Cancel);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var other = await client.GetAsync("/health", SiteClient.Cancel);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>An endpoint of its own that opts into the "ask" policy, as the ask page and API do.</summary>
    private sealed class LimitedEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseRateLimiter();
            app.UseEndpoints(endpoints => endpoints.MapGet("/test/limited", () => "ok").RequireRateLimiting(RateLimitPolicies.Ask));
            next(app);
        };
    }
}
