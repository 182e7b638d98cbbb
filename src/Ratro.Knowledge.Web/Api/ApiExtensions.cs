using System.Security.Cryptography;
using Ratro.Knowledge.Web.Security;
using Scalar.AspNetCore;

namespace Ratro.Knowledge.Web.Api;

public static class ApiExtensions
{
    public const string Prefix = "/api/v1";
    public const string OpenApiPath = "/openapi/{documentName}.json";
    public const string ReferencePath = "/api/docs";

    /// <summary>The JSON API: API keys, the OpenAPI document (API endpoints only) and the services the endpoints use.</summary>
    public static WebApplicationBuilder AddRatroApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRatroApiKeys();
        builder.Services.AddSingleton<ApiSearchRunner>();
        builder.Services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "RATRO Knowledge Base API";
                document.Info.Version = "v1";
                document.Info.Description =
                    "Read-only access to the normative documents, their clauses, search and the glossary. Anonymous callers read public " +
                    "documents; members-only and restricted documents need a signed-in member or editor (cookie) or an API key in the " +
                    "X-Api-Key header. Errors are RFC 9457 problem details.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>Maps <c>/api/v1/…</c>, the OpenAPI document and the interactive reference at <c>/api/docs</c>.</summary>
    public static WebApplication MapRatroApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).WithTags("Knowledge base").AddEndpointFilter(async (context, next) =>
            ApiAuthentication.UsesApiKey(context.HttpContext) && context.HttpContext.User.Identity?.AuthenticationType != ApiKeyAuthenticationHandler.SchemeName
                ? ApiProblems.InvalidKey()
                : await next(context));
        api.MapDocumentApi();
        api.MapSearchApi();
        api.MapGlossaryApi();
        app.MapOpenApi(OpenApiPath).AllowAnonymous();
        // The reference page runs Scalar's own script: it gets a per-request nonce that SecurityHeaders puts into this
        // response's script-src, and (Scalar styles itself at run time) inline styles; every other page keeps the strict policy.
        app.MapScalarApiReference(ReferencePath, (options, context) =>
        {
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[SecurityHeaders.ScriptNonceItem] = nonce;
            options.WithTitle("RATRO Knowledge Base API")
                .WithOpenApiRoutePattern(OpenApiPath)
                .WithNonce(nonce)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp();
        }).AllowAnonymous();
        return app;
    }

}
