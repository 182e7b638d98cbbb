using System.Collections.Concurrent;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>Whether a caller may see an edition and whether it passes a query's filters; the same rules for text and vector hits.</summary>
public static class EditionFilter
{
    public static bool Visible(EditionInfo e, AccessLevel access, bool includeDrafts, bool currentEditionsOnly) =>
        e.Access <= access
        && (!e.IsDraft || includeDrafts)
        && (e.IsCurrentEdition || !currentEditionsOnly);

    /// <summary>Whether the filters restrict anything at all.</summary>
    public static bool Restricts(SearchFilters f) =>
        f.Types.Count > 0 || f.Statuses.Count > 0 || f.Jurisdictions.Count > 0 || f.Languages.Count > 0 || f.IcsCodes.Count > 0
        || f.Issuers.Count > 0 || f.Synthetic is not null || f.InForceOn is not null || f.YearFrom is not null || f.YearTo is not null;

    public static bool Passes(EditionInfo e, SearchFilters f)
    {
        if ((f.Types.Count > 0 && !f.Types.Contains(e.Type))
            || (f.Statuses.Count > 0 && !f.Statuses.Contains(e.Status))
            || (f.Jurisdictions.Count > 0 && !f.Jurisdictions.Any(j => string.Equals(j, e.Jurisdiction, StringComparison.OrdinalIgnoreCase)))
            || (f.Languages.Count > 0 && !f.Languages.Any(l => string.Equals(l, e.Language, StringComparison.OrdinalIgnoreCase)))
            || (f.IcsCodes.Count > 0 && !f.IcsCodes.Any(c => e.IcsCodes.Any(code => code == c || code.StartsWith(c + ".", StringComparison.Ordinal))))
            || (f.Issuers.Count > 0 && !f.Issuers.Any(i => IssuerMatches(e.Issuer, i)))
            || (f.Synthetic is { } synthetic && e.IsSynthetic != synthetic)
            || (f.InForceOn is { } day && !e.Validity.Contains(day)))
        {
            return false;
        }

        if (f.YearFrom is null && f.YearTo is null)
        {
            return true;
        }

        return e.Date is { } date && (f.YearFrom is null || date.Year >= f.YearFrom) && (f.YearTo is null || date.Year <= f.YearTo);
    }

    /// <summary>The filter's words appear in the issuer as a contiguous run ("IAEA" in "IAEA / WHO").</summary>
    public static bool IssuerMatches(string issuer, string filter)
    {
        // Editions share few issuers: the verdict for a pair is remembered (up to a bound) instead of tokenizing both per edition.
        if (IssuerVerdicts.TryGetValue((issuer, filter), out var known))
        {
            return known;
        }

        var verdict = Contains(issuer, filter);
        if (IssuerVerdicts.Count < 10_000)
        {
            IssuerVerdicts.TryAdd((issuer, filter), verdict);
        }

        return verdict;
    }

    private static readonly ConcurrentDictionary<(string Issuer, string Filter), bool> IssuerVerdicts = new();

    private static bool Contains(string issuer, string filter)
    {
        var words = DesignationTokens.Tokenize(issuer).Select(t => t.Value).ToList();
        var wanted = DesignationTokens.Tokenize(filter).Select(t => t.Value).ToList();
        if (wanted.Count == 0)
        {
            return false;
        }

        for (var i = 0; i + wanted.Count <= words.Count; i++)
        {
            if (words.Skip(i).Take(wanted.Count).SequenceEqual(wanted, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
