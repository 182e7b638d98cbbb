using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Caching;

public static class CachingExtensions
{
    /// <summary>The output cache with the anonymous pages policy (<c>OutputCache:Seconds</c>, 0 = off), evicted by document and content changes.</summary>
    public static WebApplicationBuilder AddRatroCaching(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
        if (options.Seconds is < 0 or > 86_400)
        {
            throw new InvalidOperationException($"{CachingOptions.Section}:Seconds must be 0–86400, not {options.Seconds}.");
        }

        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(AnonymousPagePolicy.Name, options.Seconds > 0
                ? new AnonymousPagePolicy(TimeSpan.FromSeconds(options.Seconds))
                : new NoCachePolicy());
        });
        builder.Services.AddSingleton<OutputCacheInvalidator>();
        builder.Services.AddSingleton<IDocumentChangeListener>(sp => sp.GetRequiredService<OutputCacheInvalidator>());
        builder.Services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<OutputCacheInvalidator>());
        return builder;
    }
}
