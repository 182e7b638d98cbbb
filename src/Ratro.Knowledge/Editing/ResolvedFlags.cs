using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Editing;

/// <summary>
/// Review flags an edit settles: a flag about a field goes once an editor changed that field (the editor looked at it
/// and decided). Flags about fields the edit left alone stay.
/// </summary>
public static class ResolvedFlags
{
    public static List<ReviewFlag> Remaining(IReadOnlyList<ReviewFlag> flags, NormativeDocument before, MetadataEdit after)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var changed = Changed(before, after);
        return flags.Where(f => !changed.Contains(f.Field)).ToList();
    }

    /// <summary>Flag field names ("designation", "title", "title_en", "status" …) the edit changed.</summary>
    public static HashSet<string> Changed(NormativeDocument before, MetadataEdit after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        void Check(bool differs, params string[] fields)
        {
            if (differs)
            {
                changed.UnionWith(fields);
            }
        }

        Check(before.Designation != after.Designation || before.Canonical != after.Canonical, "designation", "canonical");
        Check(before.TitleRu != after.TitleRu, "title", "title_ru");
        Check(before.TitleEn != after.TitleEn, "title", "title_en");
        Check(before.Type != after.Type, "type");
        Check(before.Issuer != after.Issuer, "issuer");
        Check(before.Jurisdiction != after.Jurisdiction, "jurisdiction");
        Check(before.Language != after.Language, "language");
        Check(before.Status != after.Status || before.StatusVerified != after.StatusVerified, "status");
        Check(before.ApprovedOn != after.ApprovedOn || before.EffectiveOn != after.EffectiveOn, "dates");
        Check(!before.IcsCodes.SequenceEqual(after.IcsCodes), "ics");
        Check(before.Edition != after.Edition || before.EditionDate != after.EditionDate, "edition");
        return changed;
    }
}
