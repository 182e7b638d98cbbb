using System.Globalization;

namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>The Russian and English phrases status answers and currency lines are built from. Dates are ISO (2010-04-26).</summary>
internal static class StatusWording
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static (string Ru, string En) Ended(EndedPeriod end)
    {
        var on = end.On is { } day ? Day(day) : null;
        var (basisRu, basisEn) = Basis(end);
        return end switch
        {
            { Basis: ValidityBasis.Withdrawal } => ($"отменён с {on}", $"withdrawn from {on}"),
            { Basis: ValidityBasis.NextEdition } => ($"заменён следующей редакцией с {on}", $"replaced by the next edition from {on}"),
            { By: { } by, On: not null } => ($"заменён {by.Successor} с {on}{basisRu}", $"superseded by {by.Successor} from {on}{basisEn}"),
            { By: { } by } => ($"заменён {by.Successor}, дата не записана", $"superseded by {by.Successor}, date not recorded"),
            _ => ("утратил силу, дата не записана", "no longer in force, date not recorded"),
        };
    }

    public static (string Ru, string En) Undated(DerivedValidity validity) =>
        validity.UndatedEnd is { By: not null } end ? Ended(end)
        : validity.Document.Status == Documents.DocumentStatus.Withdrawn ? ("отменён, дата не записана", "withdrawn, date not recorded")
        : ("заменён, дата не записана", "superseded, date not recorded");

    public static (string Ru, string En) Partials(DerivedValidity validity, DateOnly day)
    {
        var applying = validity.PartialSuccessions.Where(p => p.On is null || p.On <= day).ToList();
        if (applying.Count == 0)
        {
            return ("", "");
        }

        string When(EndedPeriod p, string from, string none) => p.On is { } d ? $" {from} {Day(d)}" : none;
        return (
            string.Concat(applying.Select(p => $"; частично заменён {p.By!.Successor}{When(p, "с", ", дата не записана")}")),
            string.Concat(applying.Select(p => $"; partly superseded by {p.By!.Successor}{When(p, "from", ", date not recorded")}")));
    }

    public static (string Ru, string En) StartBasis(DerivedValidity validity) =>
        validity.StartBasis == ValidityBasis.Approval
            ? (" (дата утверждения; дата введения в действие не записана)", " (approval date; the effective date is not recorded)")
            : ("", "");

    private static (string Ru, string En) Basis(EndedPeriod end) => end switch
    {
        { Basis: ValidityBasis.SuccessorEffective, By: { } by } => ($" (дата введения в действие {by.Successor})", $" (the effective date of {by.Successor})"),
        { Basis: ValidityBasis.SuccessorApproval, By: { } by } =>
            ($" (дата утверждения {by.Successor}; дата введения в действие не записана)", $" (the approval date of {by.Successor}; its effective date is not recorded)"),
        _ => ("", ""),
    };
}
