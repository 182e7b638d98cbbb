using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Web.Security;

/// <summary>A fixed-window limit per client (section "RateLimits:Ask").</summary>
public sealed class RateLimitOptions
{
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
