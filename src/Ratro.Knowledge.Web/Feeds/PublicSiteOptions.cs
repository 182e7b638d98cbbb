namespace Ratro.Knowledge.Web.Feeds;

/// <summary>How the site is reached from outside (section "Site"): feeds, the site map and robots.txt write absolute links with it.</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "Site";

    /// <summary>"https://kb.ratro.ru"; empty: taken from each request's scheme and host.</summary>
    public string? PublicUrl { get; set; }

    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(PublicUrl) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : PublicUrl.TrimEnd('/');
    }
}
