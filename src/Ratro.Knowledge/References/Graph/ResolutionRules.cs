using System.Text.RegularExpressions;
using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// Picks the held edition a relation end means. In order: a document whose canonical designation is the key; for an
/// undated key, the latest held edition of the work ("IEC 60601-2-1" → "IEC 60601-2-1:2020"); a document known by the
/// key as a printed designation or alias. An edition marker must match a held edition, and the act date of an amending
/// federal law must match the held law's date when both are known; otherwise the end stays a stub.
/// </summary>
public static partial class ResolutionRules
{
    public static Resolution Pick(RelationEnd end, IReadOnlyList<NamedDocument> named, IReadOnlyList<HeldDocument> sameWork)
    {
        var byCanonical = Choose(end, named.Where(n => n.Kind == DocumentNameKind.Canonical).Select(n => n.Document));
        if (byCanonical is not null)
        {
            return byCanonical;
        }

        if (end.IsUndated || (end.Edition is not null && DesignationKeys.IsUndated(end.Canonical)))
        {
            var latest = Choose(end, sameWork, latestOfWork: true);
            if (latest is not null)
            {
                return latest;
            }
        }

        return Choose(end, named.Where(n => n.Kind == DocumentNameKind.Alias).Select(n => n.Document)) ?? Resolution.Stub;
    }

    /// <summary>The edition of a work a reference without an edition means: published first, then the latest date, then the current one.</summary>
    public static IEnumerable<HeldDocument> Latest(IEnumerable<HeldDocument> editions) =>
        editions
            .OrderBy(e => e.State)
            .ThenBy(e => e.IsDigest)
            .ThenByDescending(SortDate)
            .ThenByDescending(e => e.IsCurrentEdition)
            .ThenByDescending(e => e.CreatedAt);

    /// <summary>True when an edition marker as referenced ("Rev. 1", "ред. от 08.08.2024") names this edition.</summary>
    public static bool EditionMatches(string edition, HeldDocument document)
    {
        if (document.Edition is { } label && Squash(label) == Squash(edition))
        {
            return true;
        }

        var date = EditionDate().Match(edition);
        return date.Success && document.EditionDate is { } day
            && DateOnly.TryParseExact(date.Value, "dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var stated)
            && stated == day;
    }

    private static Resolution? Choose(RelationEnd end, IEnumerable<HeldDocument> candidates, bool latestOfWork = false)
    {
        var list = candidates.DistinctBy(c => c.Id).Where(c => ActDateAgrees(end, c)).ToList();
        if (list.Count == 0)
        {
            return null;
        }

        if (end.Edition is { } edition)
        {
            var pinned = Latest(list.Where(c => EditionMatches(edition, c))).FirstOrDefault();
            return pinned is null ? null : new Resolution(pinned, Pinned: true);
        }

        var chosen = latestOfWork
            ? Latest(list).First()
            : list.FirstOrDefault(c => c.IsCurrentEdition) ?? Latest(list).First();
        return new Resolution(chosen, Pinned: false);
    }

    /// <summary>Federal-law numbers restart every year: "266-ФЗ of 25.11.2009" is not the 266-ФЗ signed on 14.07.2022.</summary>
    private static bool ActDateAgrees(RelationEnd end, HeldDocument candidate) =>
        end.ActDate is not { } act || candidate.Type != DocumentType.FederalLaw || candidate.ApprovedOn is not { } signed || signed == act;

    private static DateOnly SortDate(HeldDocument e) =>
        e.EditionDate ?? e.EffectiveOn ?? e.ApprovedOn
        ?? (DesignationKeys.YearOf(e.Canonical) is { } year && year is > 0 and < 10000 ? new DateOnly(year, 1, 1) : DateOnly.MinValue);

    private static string Squash(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex(@"\d{2}\.\d{2}\.\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex EditionDate();
}
