using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// Decides which numbered clauses Word numbers automatically and with which list instance, so that the
/// number a reader sees is the number the Markdown prints.
/// <para>
/// One multi-level decimal list ("%1.", "%1.%2.", "%1.%2.%3." …) serves the document. A clause is numbered
/// automatically when it is a clause by the structurer's rules (decimal label with a trailing dot that
/// continues the numbering), has no letter prefix and at most nine levels. The planner follows Word's
/// counters: a paragraph at level k shows its level's start when the level is unused, else one more than
/// the level's last number, and restarts the deeper levels. When that would not give the printed number
/// (a digest skips clauses, parts restart in every article), the clause starts a new list instance
/// (<c>w:num</c>) whose <c>startOverride</c>s are the printed number's parts, as Word's "Set numbering
/// value" does. The planner relies only on what every reader of <c>startOverride</c> agrees on: a level
/// never used shows its start; it never continues a level it only displayed through an override.
/// Clauses it does not number keep their number typed in the text.
/// </para>
/// </summary>
internal sealed class ClauseNumberingPlanner
{
    public const int MaxLevels = 9;
    private readonly NumberSequence sequence = new();
    private readonly List<IReadOnlyList<int>> instances = [[]];
    private readonly LevelState[] states = new LevelState[MaxLevels];
    private readonly int[] values = new int[MaxLevels];
    private readonly int[] starts = [1, 1, 1, 1, 1, 1, 1, 1, 1];

    /// <summary>The start overrides of each list instance, by numId − 1; the first instance has none.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Instances => instances;

    /// <summary>The numbering of a paragraph or heading, or null when its number (if any) stays typed.</summary>
    public NumberedParagraph? Plan(string text, bool isHeading)
    {
        var label = ClauseLabelParser.Parse(text);
        if (label is null)
        {
            return null;
        }

        if (label.Kind is ClauseKind.Chapter or ClauseKind.Section or ClauseKind.Annex or ClauseKind.Article)
        {
            sequence.Reset();
            return null;
        }

        if (label.Kind != ClauseKind.Clause || (!isHeading && !label.Explicit && !sequence.Accepts(label.Value)))
        {
            return null;
        }

        sequence.Accept(label.Value);
        var segments = Segments(label.Printed);
        if (segments is null || !text.TrimStart().StartsWith(label.Printed + ".", StringComparison.Ordinal))
        {
            return null;
        }

        if (!Continues(segments))
        {
            StartInstance(segments);
        }

        Use(segments.Length - 1, segments[^1]);
        return new NumberedParagraph(instances.Count, segments.Length - 1, label.Rest);
    }

    private bool Continues(int[] segments)
    {
        var level = segments.Length - 1;
        for (var j = 0; j < level; j++)
        {
            if (states[j] == LevelState.Unused || values[j] != segments[j])
            {
                return false;
            }
        }

        return states[level] switch
        {
            LevelState.Unused => starts[level] == segments[level],
            LevelState.Used => values[level] + 1 == segments[level],
            _ => false,
        };
    }

    private void StartInstance(int[] segments)
    {
        instances.Add(segments);
        for (var j = 0; j < MaxLevels; j++)
        {
            starts[j] = j < segments.Length ? segments[j] : 1;
            states[j] = j < segments.Length - 1 ? LevelState.Implicit : LevelState.Unused;
            values[j] = starts[j];
        }
    }

    private void Use(int level, int value)
    {
        states[level] = LevelState.Used;
        values[level] = value;
        for (var j = level + 1; j < MaxLevels; j++)
        {
            states[j] = LevelState.Unused;
        }
    }

    private static int[]? Segments(string printed)
    {
        var parts = printed.Split('.');
        if (parts.Length > MaxLevels)
        {
            return null;
        }

        var segments = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out segments[i]) || segments[i] < 1)
            {
                return null;
            }
        }

        return segments;
    }
}
