using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Operations;

public sealed class ErrorPageTests
{
    [Theory]
    [InlineData("/no/such/page", "Ошибка 404", "Такой страницы нет.")]
    [InlineData("/no/such/page?culture=en", "Error 404", "There is no such page.")]
    [InlineData("/news/missing?culture=en", "Error 404", "There is no such page.")]
    public async Task Browsers_get_a_localized_error_page(string url, string heading, string message)
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.GetAsync(url, SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(heading, Html.Text(page, "main h1"));
        Assert.Equal(message, Html.Text(page, "main p"));
    }

    [Fact]
    public async Task Other_clients_get_problem_details()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await client.GetAsync("/no/such/page", SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(SiteClient.Cancel));
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("traceId", out _));
    }

    [Theory]
    [InlineData("text/html", "text/html")]
    [InlineData("application/json", "application/problem+json")]
    public async Task A_failure_is_a_500_without_internals(string accept, string mediaType)
    {
        await using var site = new SiteFactory();
        await using var failing = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new FailingEndpoint())));
        var client = failing.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await client.GetAsync("/test/fail", SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(SiteClient.Cancel);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    /// <summary>An endpoint that throws, behind the site's error handling.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/fail", branch => branch.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }
}
