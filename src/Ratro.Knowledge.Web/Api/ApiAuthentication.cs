using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Web.Api;

/// <summary>
/// Requests to <c>/api</c> that carry <c>X-Api-Key</c> are authenticated by the key; every other request by the sign-in
/// cookie, as before. A selector scheme is the default authentication scheme and forwards to one of the two.
/// </summary>
public static class ApiAuthentication
{
    public const string SelectorScheme = "ratro";

    public static IServiceCollection AddRatroApiKeys(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptions>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(SelectorScheme, null, options => options.ForwardDefaultSelector = Select);
        services.Configure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = SelectorScheme);
        return services;
    }

    public static bool UsesApiKey(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header);

    private static string Select(HttpContext context) =>
        UsesApiKey(context) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme;
}
