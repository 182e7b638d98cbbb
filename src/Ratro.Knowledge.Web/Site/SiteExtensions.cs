using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Site;

public static class SiteExtensions
{
    /// <summary>Razor Pages (public site and the Admin area), navigation, home page data.</summary>
    public static WebApplicationBuilder AddRatroSite(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Admin", "/", Policies.Editor);
                options.Conventions.AuthorizeAreaFolder("Admin", "/Users", Policies.Admin);
            })
            .AddDataAnnotationsLocalization();
        // Cyrillic and other letters are written as they are, not as numeric entities (markup is still escaped).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOptions<NavigationOptions>();
        services.AddSingleton<KnowledgeSummaryService>();
        return builder;
    }

    public static WebApplication MapRatroSite(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
