using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// The site's document URLs: <c>/documents/{slug}</c>, its clauses <c>/documents/{slug}/clauses/{key}</c>, anchors
/// <c>#{anchor}</c> and the original file <c>/documents/{slug}/original</c>; <c>?edition={id}</c> picks an edition other
/// than the current one.
/// </summary>
public static class DocumentLinks
{
    public static string Document(string slug, Guid? edition = null) => $"/documents/{slug}{Edition(edition)}";

    public static string Clause(string slug, string key, Guid? edition = null) => $"/documents/{slug}/clauses/{EscapeKey(key)}{Edition(edition)}";

    public static string Anchor(string slug, string key, Guid? edition = null) => $"{Document(slug, edition)}#{ClauseKeys.Anchor(key)}";

    public static string Original(string slug, Guid? edition = null) => $"/documents/{slug}/original{Edition(edition)}";

    /// <summary>A key as a path: each part escaped, the scope separator "/" kept ("article:10/2" → "article%3A10/2").</summary>
    public static string EscapeKey(string key) => string.Join('/', key.Split('/').Select(Uri.EscapeDataString));

    private static string Edition(Guid? edition) => edition is { } id ? $"?edition={id:D}" : "";
}
