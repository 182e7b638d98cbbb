using System.Globalization;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>
/// Derives a document's validity from its record, its other editions and the documents that supersede it. The end is the
/// earliest of: the withdrawal date; the day a whole supersession states; else the successor's effective date (else its
/// approval date, flagged approximate); for a superseded or withdrawn edition, the start of the next edition. On one day,
/// a successor is named rather than a bare withdrawal. Drafts are never in force, and a draft successor ends nothing.
/// </summary>
public static class ValidityDerivation
{
    public static DerivedValidity Derive(HeldDocument document, IReadOnlyList<HeldDocument> editions, IReadOnlyList<Succession> successions)
    {
        if (document.State == PublicationState.Draft || document.Status == DocumentStatus.Draft)
        {
            return new DerivedValidity { Document = document, IsDraft = true };
        }

        var (start, startBasis) = document.EffectiveOn is { } effective ? (effective, ValidityBasis.Effective)
            : document.ApprovedOn is { } approved ? (approved, ValidityBasis.Approval)
            : ((DateOnly?)null, ValidityBasis.None);
        var binding = successions.Where(s => s.SuccessorDocument is not { State: PublicationState.Draft }).ToList();
        var ends = new List<EndedPeriod>();
        if (document.WithdrawnOn is { } withdrawn)
        {
            ends.Add(new EndedPeriod(withdrawn, ValidityBasis.Withdrawal, null));
        }

        ends.AddRange(binding.Where(s => !s.Partial).Select(Dated));
        var ended = document.Status is DocumentStatus.Superseded or DocumentStatus.Withdrawn;
        if (ended && NextEditionStart(document, start, editions) is { } next)
        {
            ends.Add(new EndedPeriod(next, ValidityBasis.NextEdition, null));
        }

        var dated = ends.Where(e => e.On is { } day && (start is null || day > start))
            .OrderBy(e => e.On)
            .ThenBy(e => e.By is null)
            .FirstOrDefault();
        var undated = dated is not null ? null
            : ends.FirstOrDefault(e => e.On is null) ?? (ended ? new EndedPeriod(null, ValidityBasis.None, null) : null);
        return new DerivedValidity
        {
            Document = document,
            Start = start,
            StartBasis = startBasis,
            End = dated,
            UndatedEnd = undated,
            EndedBy = undated is not null && ended ? VerifiedBy(document.StatusVerified) : null,
            PartialSuccessions = binding.Where(s => s.Partial).Select(Dated).OrderBy(e => e.On ?? DateOnly.MaxValue).ToList(),
        };
    }

    private static EndedPeriod Dated(Succession succession) => succession switch
    {
        { On: { } day } => new EndedPeriod(day, ValidityBasis.SupersessionDate, succession),
        { SuccessorDocument.EffectiveOn: { } day } => new EndedPeriod(day, ValidityBasis.SuccessorEffective, succession),
        { SuccessorDocument.ApprovedOn: { } day } => new EndedPeriod(day, ValidityBasis.SuccessorApproval, succession),
        _ => new EndedPeriod(null, ValidityBasis.None, succession),
    };

    private static DateOnly? NextEditionStart(HeldDocument document, DateOnly? start, IReadOnlyList<HeldDocument> editions) =>
        editions
            .Where(e => e.Id != document.Id && e.State == PublicationState.Published)
            .Select(e => e.EffectiveOn ?? e.ApprovedOn)
            .Where(d => d is not null && (start is null || d > start))
            .Min();

    /// <summary>
    /// The day after which a status verified on "2024-11" or "2024-11-05" was certainly known: the end of the month for a
    /// month, the day itself for a day.
    /// </summary>
    internal static DateOnly? VerifiedBy(string? verified)
    {
        if (string.IsNullOrWhiteSpace(verified))
        {
            return null;
        }

        var text = verified.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.AddMonths(1).AddDays(-1)
            : null;
    }
}
