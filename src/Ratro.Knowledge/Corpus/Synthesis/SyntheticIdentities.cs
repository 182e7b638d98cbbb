using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// Computes the record of any document of a synthetic set from the seed alone. About 6 % of documents are
/// a new edition of the document before them: they keep its family and title, carry a later date and a
/// "supersedes" relation, and the older one is "superseded" with the day the new one took effect.
/// </summary>
internal sealed class SyntheticIdentities(int seed, int count)
{
    private const double NewEditionShare = 0.06;

    public int Count => count;

    public SyntheticIdentity For(int index)
    {
        var root = Root(index);
        var lineage = new SyntheticRandom(seed, root, "lineage");
        var family = lineage.Pick(lineage.Chance(0.6) ? SyntheticFamilies.Russian : SyntheticFamilies.International);
        var titleIndex = lineage.Between(0, SyntheticTitles.All.Count - 1);
        var (approved, effective) = Dates(index);
        var own = new SyntheticRandom(seed, index, "identity");
        var superseded = index + 1 < count && IsNewEdition(index + 1);
        var status = superseded ? DocumentStatus.Superseded : Status(own);
        return new SyntheticIdentity
        {
            Index = index,
            Designation = family.Designation(index + 1, approved.Year),
            Family = family,
            TitleIndex = titleIndex,
            Approved = approved,
            Effective = status == DocumentStatus.NotYetInForce ? new DateOnly(2026, 7, 1) : effective,
            Status = status,
            Access = own.Chance(0.12) ? AccessLevel.Members : AccessLevel.Public,
            Supersedes = IsNewEdition(index) ? Designation(index - 1) : null,
            Withdrawn = superseded ? Dates(index + 1).Effective : status == DocumentStatus.Withdrawn ? effective.AddYears(own.Between(3, 9)) : null,
            StatusVerified = own.Chance(0.4) ? $"2025-{own.Between(1, 9):D2}" : null,
        };
    }

    /// <summary>The designation of a document of the set, without computing the rest of its record.</summary>
    public string Designation(int index)
    {
        var root = Root(index);
        var lineage = new SyntheticRandom(seed, root, "lineage");
        var family = lineage.Pick(lineage.Chance(0.6) ? SyntheticFamilies.Russian : SyntheticFamilies.International);
        return family.Designation(index + 1, Dates(index).Approved.Year);
    }

    private (DateOnly Approved, DateOnly Effective) Dates(int index)
    {
        var root = Root(index);
        var baseYear = new SyntheticRandom(seed, root, "year").Between(1996, 2013);
        var own = new SyntheticRandom(seed, index, "dates");
        var year = Math.Min(2025, baseYear + (4 * (index - root)) + own.Between(0, 2));
        var approved = new DateOnly(year, own.Between(1, 12), own.Between(1, 28));
        return (approved, approved.AddDays(own.Between(30, 180)));
    }

    private bool IsNewEdition(int index) => index > 0 && new SyntheticRandom(seed, index, "edition").Chance(NewEditionShare);

    private int Root(int index)
    {
        while (IsNewEdition(index))
        {
            index--;
        }

        return index;
    }

    private static DocumentStatus Status(SyntheticRandom random) => random.NextDouble() switch
    {
        < 0.78 => DocumentStatus.InForce,
        < 0.88 => DocumentStatus.Unknown,
        < 0.93 => DocumentStatus.Withdrawn,
        < 0.97 => DocumentStatus.NotYetInForce,
        _ => DocumentStatus.Draft,
    };
}
