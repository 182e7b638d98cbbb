namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>What a level of a list instance shows at the current point (see <see cref="ClauseNumberingPlanner"/>).</summary>
internal enum LevelState
{
    /// <summary>Not used since the instance began or a higher level restarted it: its next paragraph shows the level's start.</summary>
    Unused,

    /// <summary>Never used by a paragraph, but shown in deeper numbers with its start value (set by a start override).</summary>
    Implicit,

    /// <summary>Used by a paragraph: shows that paragraph's number; the next paragraph at this level shows one more.</summary>
    Used,
}
