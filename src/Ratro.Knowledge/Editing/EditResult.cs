using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Editing;

/// <summary>
/// The outcome of an editorial change: the edition as stored afterwards (null when deleted or not done), the reason a
/// change was refused, and warnings from projections that could not follow (the store is right; a rebuild fixes them).
/// </summary>
public sealed record EditResult(EditOutcome Outcome, NormativeDocument? Document, string? Error, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Outcome == EditOutcome.Done;

    public static EditResult NotFound { get; } = new(EditOutcome.NotFound, null, "no such edition", []);

    public static EditResult Invalid(string error) => new(EditOutcome.Invalid, null, error, []);

    public static EditResult Conflict(string error) => new(EditOutcome.Conflict, null, error, []);
}
