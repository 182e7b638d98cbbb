using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Storage;

/// <summary>
/// Picks the edition a person means: an exact canonical, slug, printed designation or alias; then the parsed
/// designation's canonical form or undated work key; then the only canonical designation containing the text.
/// Current editions win over older ones.
/// </summary>
public static class DocumentLocator
{
    public static Guid? Locate(IReadOnlyList<DocumentKey> documents, string text)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return null;
        }

        var exact = Best(documents.Where(d => Same(d.Canonical, query) || Same(d.Slug, query) || Same(d.Designation, query) || d.Aliases.Any(a => Same(a, query))));
        if (exact is not null)
        {
            return exact;
        }

        if (DesignationParser.TryParse(query, out var parsed))
        {
            var byParse = Best(documents.Where(d => Same(d.Canonical, parsed.Canonical)))
                ?? Best(documents.Where(d => WorkKey(d.Canonical) == parsed.WorkKey));
            if (byParse is not null)
            {
                return byParse;
            }
        }

        var containing = documents.Where(d => d.Canonical.Contains(query, StringComparison.OrdinalIgnoreCase)).ToList();
        return containing.Select(d => d.Canonical).Distinct(StringComparer.Ordinal).Count() == 1 ? Best(containing) : null;
    }

    private static string? WorkKey(string canonical) => DesignationParser.TryParse(canonical, out var d) ? d.WorkKey : null;

    private static Guid? Best(IEnumerable<DocumentKey> candidates) =>
        candidates.OrderByDescending(c => c.IsCurrentEdition).Select(c => (Guid?)c.Id).FirstOrDefault();

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
