using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using System.Net.Mime;

namespace Ratro.Knowledge.Web.Operations;

public static class OperationsExtensions
{
    public const string HealthPath = "/health";

    /// <summary>Health checks and ProblemDetails for errors.</summary>
    public static WebApplicationBuilder AddRatroOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DataDirectoryHealthCheck>("dataDirectory");
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        return builder;
    }

    /// <summary>
    /// Browsers get localized error pages (/error/{code}); other clients get ProblemDetails JSON, for failures and
    /// for bare status codes alike.
    /// </summary>
    public static WebApplication UseRatroErrorHandling(this WebApplication app)
    {
        app.UseWhen(AcceptsHtml, html =>
        {
            html.UseExceptionHandler("/error/500");
            html.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseWhen(context => !AcceptsHtml(context), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        return app;
    }

    public static WebApplication MapRatroHealth(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        return app;
    }

    private static bool AcceptsHtml(HttpContext context) =>
        context.Request.Headers.Accept.Any(a => a?.Contains(MediaTypeNames.Text.Html, StringComparison.OrdinalIgnoreCase) == true);
}
