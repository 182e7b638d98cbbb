using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

/// <summary>
/// Which edition of a document is current: published before drafts, then the latest edition date (or
/// effective/approval date), then the most recently ingested.
/// </summary>
public static class EditionOrder
{
    public static IReadOnlyList<NormativeDocument> Sort(IEnumerable<NormativeDocument> editions, bool ignoreCurrentFlag = false) =>
        editions
            .OrderByDescending(e => !ignoreCurrentFlag && e.IsCurrentEdition)
            .ThenBy(e => e.State)
            .ThenBy(e => e.IsDigest)
            .ThenByDescending(e => e.EditionDate ?? e.EffectiveOn ?? e.ApprovedOn ?? DateOnly.MinValue)
            .ThenByDescending(e => e.CreatedAt)
            .ToList();

    /// <summary>
    /// Two records are the same edition when both are digests or both are not, and their edition labels and dates
    /// agree (both absent counts as agreeing): a digest never replaces an official text, nor the reverse.
    /// </summary>
    public static bool SameEdition(NormativeDocument a, NormativeDocument b) =>
        a.IsDigest == b.IsDigest
        && string.Equals(Normalize(a.Edition), Normalize(b.Edition), StringComparison.Ordinal)
        && a.EditionDate == b.EditionDate;

    private static string Normalize(string? edition) =>
        edition is null ? "" : string.Join(' ', edition.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
