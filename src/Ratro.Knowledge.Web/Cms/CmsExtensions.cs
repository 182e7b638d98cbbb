using Ratro.Knowledge.Web.Cms.Recipes;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Cms;

public static class CmsExtensions
{
    /// <summary>Pages and news with versions, Markdown rendering, and the start-up recipe.</summary>
    public static WebApplicationBuilder AddRatroCms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CmsOptions>().BindConfiguration(CmsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentService>();
        services.AddScoped<ContentReader>();
        services.AddScoped<RecipeRunner>();
        services.AddStartupSeeder<RecipeSeeder>();
        return builder;
    }
}
