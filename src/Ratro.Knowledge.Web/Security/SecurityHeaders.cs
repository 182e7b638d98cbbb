namespace Ratro.Knowledge.Web.Security;

/// <summary>
/// The response headers every page carries. Scripts and styles come only from the site itself — no inline
/// scripts, no inline styles — and no other site may frame it. One exception: a response that put a script nonce into
/// <see cref="ScriptNonceItem"/> (the API reference page, whose third-party viewer needs an inline start-up script and
/// inline styles) gets <see cref="WithNonce"/>: that one script, inline styles, nothing else relaxed.
/// </summary>
public static class SecurityHeaders
{
    public const string ScriptNonceItem = "ratro.csp.script-nonce";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static string WithNonce(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(IHeaderDictionary headers, string? scriptNonce = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = scriptNonce is null ? ContentSecurityPolicy : WithNonce(scriptNonce);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
