using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// A clause a reference listing is narrowed to: the clause and every clause under it. Under a numbered clause are the
/// clauses numbered from it ("3.1" covers "3.1.2"); under a scoped key are the keys scoped below it ("article:6/1" covers
/// the items "article:6/1/11", but not the part "article:6/1.1" beside it). A key is taken as written when it already is
/// one ("article:6/1"), else normalized ("п. 3.1.2").
/// </summary>
public sealed record ClauseScope(string Key)
{
    public static ClauseScope? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var key = trimmed.Contains(':', StringComparison.Ordinal) || trimmed.Contains('/', StringComparison.Ordinal)
            ? trimmed.ToLowerInvariant()
            : ClauseKeys.Normalize(trimmed);
        return key.Length == 0 ? null : new ClauseScope(key);
    }

    /// <summary>Prefixes of the keys of the clauses under this one.</summary>
    public IReadOnlyList<string> DescendantPrefixes =>
        Key.Contains(':', StringComparison.Ordinal) || Key.Contains('/', StringComparison.Ordinal) ? [Key + "/"] : [Key + "/", Key + "."];

    public bool Covers(string? clause) =>
        clause is not null && (clause == Key || DescendantPrefixes.Any(p => clause.StartsWith(p, StringComparison.Ordinal)));
}
