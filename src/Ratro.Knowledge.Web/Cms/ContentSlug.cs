using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Web.Cms;

/// <summary>The address part of a page or news item: lower-case Latin letters, digits and single hyphens.</summary>
public static partial class ContentSlug
{
    public const int MaxLength = 100;

    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && SlugRegex().IsMatch(slug);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();
}
