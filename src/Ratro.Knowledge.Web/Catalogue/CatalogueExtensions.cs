using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Feeds;
using Ratro.Knowledge.Web.Terms;

namespace Ratro.Knowledge.Web.Catalogue;

public static class CatalogueExtensions
{
    /// <summary>The public document pages' services: catalogue and search, document views, glossary, feeds.</summary>
    public static WebApplicationBuilder AddRatroCatalogue(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DocumentFinder>();
        services.AddSingleton<DocumentViewLoader>();
        services.AddSingleton<GlossaryCatalog>();
        services.AddSingleton<GlossarySources>();
        services.AddSingleton<IDocumentChangeListener>(sp => sp.GetRequiredService<GlossarySources>());
        services.AddSingleton<GlossaryView>();
        services.AddSingleton<PublicDocuments>();
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section);
        return builder;
    }

    /// <summary>The original-file download, the feeds, the site map and robots.txt (the pages are Razor Pages).</summary>
    public static WebApplication MapRatroCatalogue(this WebApplication app)
    {
        app.MapGet("/documents/{slug}/original", OriginalFileEndpoint.HandleAsync).AllowAnonymous();
        app.MapRatroFeeds();
        return app;
    }
}
