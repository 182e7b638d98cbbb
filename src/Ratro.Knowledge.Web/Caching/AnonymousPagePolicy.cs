using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Ratro.Knowledge.Web.Api;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Caching;

/// <summary>
/// Output caching for the pages anonymous visitors read (home, catalogue, document and clause pages, search, glossary, feeds):
/// GET and HEAD only, never for a signed-in user or a request with an API key or an Authorization header (their views
/// differ and carry personal parts), keyed by path, query string, UI language and access level (always public here),
/// and only 200 responses that set no cookie. The API, the sitemap, the answers and the administration are not cached at all.
/// Entries are tagged <see cref="Tag"/> and evicted whenever a document or the site's content changes.
/// </summary>
public sealed class AnonymousPagePolicy(TimeSpan duration) : IOutputCachePolicy
{
    public const string Name = "anonymous-documents";
    public const string Tag = "documents";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var anonymous = http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
            && !http.Request.Headers.ContainsKey("Authorization");
        var method = http.Request.Method;
        context.EnableOutputCaching = anonymous;
        context.AllowCacheLookup = anonymous && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method));
        context.AllowCacheStorage = context.AllowCacheLookup;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["access"] = DocumentAccess.HighestLevel(http.User).ToString();
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
