namespace Ratro.Knowledge.Editing;

/// <summary>How an editorial change ended.</summary>
public enum EditOutcome
{
    /// <summary>The change was stored and the projections were told.</summary>
    Done,

    /// <summary>There is no such edition (or relation).</summary>
    NotFound,

    /// <summary>A value is not acceptable; the message says which and why.</summary>
    Invalid,

    /// <summary>The change would make two records the same edition of one document.</summary>
    Conflict,
}
