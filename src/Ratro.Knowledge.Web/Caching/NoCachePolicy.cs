using Microsoft.AspNetCore.OutputCaching;

namespace Ratro.Knowledge.Web.Caching;

/// <summary>The policy when output caching is turned off (<c>OutputCache:Seconds</c> = 0).</summary>
public sealed class NoCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.EnableOutputCaching = false;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
