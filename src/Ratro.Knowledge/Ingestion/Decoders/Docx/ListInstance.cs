namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// A list as paragraphs refer to it (w:num): its abstract definition's levels with the instance's level
/// overrides applied, and the start overrides that restart the list where this instance is first used.
/// </summary>
internal sealed record ListInstance(int NumId, int AbstractId, IReadOnlyList<ListLevel?> Levels, IReadOnlyDictionary<int, int> StartOverrides)
{
    public const int MaxLevels = 9;

    public ListLevel? Level(int ilvl) => ilvl >= 0 && ilvl < Levels.Count ? Levels[ilvl] : null;

    /// <summary>The value a level starts from in this instance.</summary>
    public int StartOf(int ilvl) => StartOverrides.TryGetValue(ilvl, out var start) ? start : Level(ilvl)?.Start ?? 0;

    /// <summary>The level bound to a paragraph style, if any.</summary>
    public int? LevelOfStyle(string? styleId)
    {
        for (var i = 0; styleId is not null && i < Levels.Count; i++)
        {
            if (Levels[i]?.StyleId == styleId)
            {
                return i;
            }
        }

        return null;
    }
}
