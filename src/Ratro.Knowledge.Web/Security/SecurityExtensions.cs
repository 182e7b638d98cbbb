using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Web.Security;

public static class SecurityExtensions
{
    public const string AskSection = "RateLimits:Ask";

    /// <summary>Antiforgery, HSTS, and the rate limiter with its named policies.</summary>
    public static WebApplicationBuilder AddRatroSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ratro.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddOptions<RateLimitOptions>(RateLimitPolicies.Ask).BindConfiguration(AskSection).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.Ask, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().Get(RateLimitPolicies.Ask);
                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        return builder;
    }

    public static WebApplication UseRatroSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>Signed-in users are limited by account, others by address.</summary>
    private static string ClientKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? "user:" + context.User.Identity.Name
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
