using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Site;

/// <summary>An entry of the main navigation; <see cref="Policy"/> hides it from users who do not satisfy it.</summary>
public sealed record NavItem(string Key, Text Label, string Href, string? Policy = null)
{
    /// <summary>Whether a request path belongs to this entry (the home entry matches "/" only).</summary>
    public bool Matches(PathString path) =>
        Href == "/" ? path == "/" : path.StartsWithSegments(Href, StringComparison.OrdinalIgnoreCase);
}
