namespace Ratro.Knowledge.Web.Security;

/// <summary>Named rate-limit policies for endpoints to opt into (<c>.RequireRateLimiting(RateLimitPolicies.Ask)</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary>Questions to the answering service: costly, so limited per client.</summary>
    public const string Ask = "ask";
}
