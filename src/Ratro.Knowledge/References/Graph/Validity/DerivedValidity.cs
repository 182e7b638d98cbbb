using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>
/// When a document was in force, as far as its record and the graph tell: a start (effective date, else approval date),
/// and either a dated end, an end whose day is not recorded (superseded or withdrawn, perhaps known to have happened by the
/// day the status was verified), or none. Partial successions narrow the document without ending it.
/// </summary>
public sealed record DerivedValidity
{
    public required HeldDocument Document { get; init; }

    public bool IsDraft { get; init; }

    public DateOnly? Start { get; init; }

    public ValidityBasis StartBasis { get; init; }

    /// <summary>The end, when its day is known.</summary>
    public EndedPeriod? End { get; init; }

    /// <summary>Set when the document ended on a day nobody recorded (status superseded or withdrawn, or an undated successor).</summary>
    public EndedPeriod? UndatedEnd { get; init; }

    /// <summary>For an undated end: the status was found superseded or withdrawn by this day, so it ended no later.</summary>
    public DateOnly? EndedBy { get; init; }

    public IReadOnlyList<EndedPeriod> PartialSuccessions { get; init; } = [];

    /// <summary>
    /// The interval the search filter uses: [start, end). A document that ended on an unrecorded day is never matched by the
    /// "in force on" filter, since on no day can it be said to have been in force with its end unknown.
    /// </summary>
    public ValidityInterval ToInterval() =>
        IsDraft || (End is null && UndatedEnd is not null) ? ValidityInterval.Never : new ValidityInterval(Start, End?.On);
}
