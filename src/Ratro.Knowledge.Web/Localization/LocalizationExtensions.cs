using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.DataAnnotations;

namespace Ratro.Knowledge.Web.Localization;

public static class LocalizationExtensions
{
    /// <summary>Russian by default; English by <c>?culture=en</c> or the culture cookie the switch sets.</summary>
    public static WebApplicationBuilder AddRatroLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.All.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        builder.Services.AddSingleton<TextStringLocalizer>();
        // PostConfigure: AddDataAnnotationsLocalization (Razor Pages) configures its own provider after this runs.
        builder.Services.PostConfigure<MvcDataAnnotationsLocalizationOptions>(options =>
            options.DataAnnotationLocalizerProvider = (_, _) => new TextStringLocalizer());
        return builder;
    }

    public static WebApplication UseRatroLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>GET /culture/{culture}?returnUrl=… stores the choice in the culture cookie and goes back (local URLs only).</summary>
    public static WebApplication MapCultureSwitch(this WebApplication app)
    {
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (!Cultures.IsSupported(culture))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
            return Results.LocalRedirect(CultureLinks.SafeReturnUrl(returnUrl));
        }).AllowAnonymous();
        return app;
    }
}
