using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ratro.Knowledge.Web.Operations;

/// <summary>
/// /health as JSON: overall status, then each check by name with its status, description and facts
/// (<c>database.reachable</c>, <c>dataDirectory.writable</c>).
/// </summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["durationMs"] = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        };
        foreach (var (name, entry) in report.Entries)
        {
            var check = new Dictionary<string, object?> { ["status"] = entry.Status.ToString() };
            if (entry.Description is { } description)
            {
                check["description"] = description;
            }

            foreach (var (key, value) in entry.Data)
            {
                check[key] = value;
            }

            body[name] = check;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }
}
