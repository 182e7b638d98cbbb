namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>Why a document was (not) in force on a day, or why that cannot be told.</summary>
public enum StatusReason
{
    /// <summary>In force: started on or before the day and not ended by it.</summary>
    InForce = 0,

    /// <summary>A draft is never in force.</summary>
    Draft,

    /// <summary>The day is before the start.</summary>
    NotYetInForce,

    /// <summary>Withdrawn on a recorded day on or before the day.</summary>
    Withdrawn,

    /// <summary>Superseded on or before the day.</summary>
    Superseded,

    /// <summary>Replaced by a later edition of the same document on or before the day.</summary>
    NextEdition,

    /// <summary>Ended on an unrecorded day, but by the day the status was verified, which is on or before the day.</summary>
    EndedByVerification,

    /// <summary>The start is not recorded.</summary>
    StartUnknown,

    /// <summary>It ended on a day nobody recorded, which may be before or after the day.</summary>
    EndUnknown,

    /// <summary>Nobody verified the status, so it cannot be said that it was still in force.</summary>
    StatusUnverified,
}
