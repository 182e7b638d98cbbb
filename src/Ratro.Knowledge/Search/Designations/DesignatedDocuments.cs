using Ratro.Knowledge.Search.Syntax;

namespace Ratro.Knowledge.Search.Designations;

/// <summary>
/// The documents a query names by designation: recognized designations that overlap a wanted word or phrase, by
/// canonical designation, each marked undated when every mention named it only by its work key. Engines rank them
/// first by adding <see cref="ExactBonus"/> (undated: <see cref="UndatedBonus"/>), plus <see cref="CurrentBonus"/>
/// for the current edition, to the text score.
/// </summary>
public sealed class DesignatedDocuments
{
    public const double ExactBonus = 1000;
    public const double UndatedBonus = 500;
    public const double CurrentBonus = 1;

    private DesignatedDocuments(IReadOnlyList<RecognizedDesignation> recognized, IReadOnlyDictionary<string, bool> undatedByCanonical)
    {
        Recognized = recognized;
        UndatedByCanonical = undatedByCanonical;
    }

    public static DesignatedDocuments None { get; } = new([], new Dictionary<string, bool>());

    public IReadOnlyList<RecognizedDesignation> Recognized { get; }

    /// <summary>Canonical designation → named only undated.</summary>
    public IReadOnlyDictionary<string, bool> UndatedByCanonical { get; }

    public int Count => UndatedByCanonical.Count;

    public bool Contains(string canonical) => UndatedByCanonical.ContainsKey(canonical);

    /// <summary>The bonus an edition of a named document gets.</summary>
    public double Bonus(string canonical, bool isCurrentEdition) =>
        (UndatedByCanonical[canonical] ? UndatedBonus : ExactBonus) + (isCurrentEdition ? CurrentBonus : 0);

    /// <summary>The query without the recognized designations, for the text part.</summary>
    public ParsedQuery Remove(ParsedQuery parsed) => parsed.Without(Recognized.Select(r => (r.Start, r.Length)));

    public static DesignatedDocuments Find(ParsedQuery parsed, IQueryDesignationRecognizer recognizer, DesignationCatalog catalog)
    {
        var recognized = recognizer.Recognize(parsed.Text, catalog)
            .Where(r => parsed.Wanted.Any(c => c.Start < r.Start + r.Length && r.Start < c.End))
            .ToList();
        var designated = recognized.SelectMany(r => r.Canonicals.Select(c => (Canonical: c, r.Undated)))
            .GroupBy(d => d.Canonical, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.All(d => d.Undated), StringComparer.Ordinal);
        return new DesignatedDocuments(recognized, designated);
    }
}
