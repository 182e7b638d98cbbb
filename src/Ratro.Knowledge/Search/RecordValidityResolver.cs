using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>
/// Validity from the record alone: starts on the effective date (else approval date, else open); ends on the
/// withdrawal date, else — for a superseded or withdrawn edition — on the start of the next edition of the same
/// document. A superseded or withdrawn edition with no known end is treated as never in force, since the day it
/// stopped is unknown. Drafts are never in force.
/// </summary>
public sealed class RecordValidityResolver : IValidityResolver
{
    public ValidityInterval Resolve(NormativeDocument edition, IReadOnlyList<NormativeDocument> editions)
    {
        if (edition.State == PublicationState.Draft || edition.Status == DocumentStatus.Draft)
        {
            return ValidityInterval.Never;
        }

        var from = edition.EffectiveOn ?? edition.ApprovedOn;
        var to = edition.WithdrawnOn;
        if (to is null && edition.Status is DocumentStatus.Superseded or DocumentStatus.Withdrawn)
        {
            to = NextStart(edition, from, editions);
            if (to is null)
            {
                return ValidityInterval.Never;
            }
        }

        return new ValidityInterval(from, to);
    }

    private static DateOnly? NextStart(NormativeDocument edition, DateOnly? from, IReadOnlyList<NormativeDocument> editions) =>
        editions
            .Where(e => e.Id != edition.Id && e.State == PublicationState.Published)
            .Select(e => e.EffectiveOn ?? e.ApprovedOn)
            .Where(d => d is not null && (from is null || d > from))
            .Min();
}
