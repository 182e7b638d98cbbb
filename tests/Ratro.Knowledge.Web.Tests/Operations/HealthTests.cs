using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Operations;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_reports_the_database_and_the_data_directory_as_json()
    {
        await using var site = new SiteFactory();
        await StoreSeed.SeedAsync(site,
            StoreSeed.Make("НРБ-99/2009", DocumentType.SanitaryNorms, DateTimeOffset.UtcNow),
            StoreSeed.Make("ОСПОРБ-99/2010", DocumentType.SanitaryRules, DateTimeOffset.UtcNow));

        using var response = await site.CreateClient().GetAsync("/health", SiteClient.Cancel);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(SiteClient.Cancel);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("Healthy", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.Equal(2, root.GetProperty("database").GetProperty("documents").GetInt32());
        Assert.False(root.GetProperty("dataDirectory").TryGetProperty("path", out _), "the public health answer must not reveal server paths");
        Assert.DoesNotContain(Path.GetFullPath(site.DataDirectory), body, StringComparison.Ordinal);
        Assert.True(root.GetProperty("dataDirectory").GetProperty("writable").GetBoolean());
    }

    [Fact]
    public async Task A_missing_data_directory_is_unhealthy()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ratro-web-tests", "missing-" + Guid.NewGuid().ToString("N"));
        var check = new DataDirectoryHealthCheck(new DataDirectory(missing));
        var registration = new HealthCheckRegistration("dataDirectory", check, HealthStatus.Unhealthy, null);

        var result = await check.CheckHealthAsync(new HealthCheckContext { Registration = registration }, SiteClient.Cancel);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(false, result.Data["writable"]);
    }
}
