namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>
/// Answers "was it in force on day D?" from a derived validity. Only what the dates establish is answered yes or no:
/// a missing start, an end on an unrecorded day that may fall after D, or a status nobody verified give "unknown".
/// An approval date standing for an unrecorded effective date is a lower bound of the true day: a "no" resting on a
/// successor's approval date, or a "yes" resting on the document's own approval date, is flagged approximate.
/// </summary>
public static class StatusAnswers
{
    public static StatusOnDate AsOf(DerivedValidity v, DateOnly day)
    {
        var date = StatusWording.Day(day);
        if (v.IsDraft)
        {
            return Answer(v, day, InForceAnswer.No, StatusReason.Draft, "проект, в силу не вступал", "a draft, never in force", false);
        }

        var (startRu, startEn) = StatusWording.StartBasis(v);
        if (v.Start is { } start && day < start)
        {
            return Answer(v, day, InForceAnswer.No, StatusReason.NotYetInForce,
                $"на {date} ещё не действовал: в силе с {StatusWording.Day(start)}{startRu}",
                $"not yet in force on {date}: in force from {StatusWording.Day(start)}{startEn}", false);
        }

        if (v.End is { On: { } end } ended && day >= end)
        {
            var (ru, en) = StatusWording.Ended(ended);
            var reason = ended.Basis switch
            {
                ValidityBasis.Withdrawal => StatusReason.Withdrawn,
                ValidityBasis.NextEdition => StatusReason.NextEdition,
                _ => StatusReason.Superseded,
            };
            return Answer(v, day, InForceAnswer.No, reason, $"на {date} не действовал: {ru}", $"not in force on {date}: {en}", ended.Approximate);
        }

        if (v.UndatedEnd is not null && v.EndedBy is { } by && day >= by)
        {
            var (ru, en) = StatusWording.Undated(v);
            return Answer(v, day, InForceAnswer.No, StatusReason.EndedByVerification,
                $"на {date} не действовал: {ru}, но статус проверен {v.Document.StatusVerified}",
                $"not in force on {date}: {en}, but found so when the status was verified on {v.Document.StatusVerified}", false);
        }

        if (v.Start is null)
        {
            return Answer(v, day, InForceAnswer.Unknown, StatusReason.StartUnknown,
                "неизвестно: дата вступления в силу не записана", "unknown: the date it took effect is not recorded", false);
        }

        if (v.UndatedEnd is not null)
        {
            var (ru, en) = StatusWording.Undated(v);
            return Answer(v, day, InForceAnswer.Unknown, StatusReason.EndUnknown, $"неизвестно: {ru}", $"unknown: {en}", false);
        }

        if (v.End is null && v.Document.Status == Documents.DocumentStatus.Unknown)
        {
            return Answer(v, day, InForceAnswer.Unknown, StatusReason.StatusUnverified,
                $"неизвестно: в силе с {StatusWording.Day(v.Start.Value)}, но статус не проверялся",
                $"unknown: in force from {StatusWording.Day(v.Start.Value)}, but the status was never verified", false);
        }

        var (partRu, partEn) = StatusWording.Partials(v, day);
        var until = v.End is { On: { } to } ? ($" до {StatusWording.Day(to)}", $" until {StatusWording.Day(to)}") : ("", "");
        return Answer(v, day, InForceAnswer.Yes, StatusReason.InForce,
            $"на {date} действовал: в силе с {StatusWording.Day(v.Start.Value)}{startRu}{until.Item1}{partRu}",
            $"in force on {date}: in force from {StatusWording.Day(v.Start.Value)}{startEn}{until.Item2}{partEn}",
            v.StartBasis == ValidityBasis.Approval);
    }

    private static StatusOnDate Answer(DerivedValidity v, DateOnly day, InForceAnswer answer, StatusReason reason, string ru, string en, bool approximate) =>
        new(day, answer, reason, ru, en, approximate, v);
}
