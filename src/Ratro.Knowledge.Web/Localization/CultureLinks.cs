namespace Ratro.Knowledge.Web.Localization;

/// <summary>Links of the language switch: back to the same page, never to another site.</summary>
public static class CultureLinks
{
    public static string Switch(HttpRequest request, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryString.Create(request.Query.Where(q => q.Key != "culture" && q.Key != "ui-culture"));
        var back = $"{request.PathBase}{request.Path}{query}";
        return $"{request.PathBase}/culture/{culture}?returnUrl={Uri.EscapeDataString(back)}";
    }

    /// <summary>A local path to return to, or "/" for anything that could leave the site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl
            : "/";
}
