namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>
/// One line per record on how current its status is: "Статус проверен 2024-11; заменён СП 2.6.1.2612-10 с 2010-04-26" /
/// "Status verified on 2024-11; superseded by СП 2.6.1.2612-10 from 2010-04-26", or "Дата проверки статуса не записана" /
/// "Verification date not recorded" when nobody recorded it.
/// </summary>
public static class CurrencyLine
{
    public static (string Ru, string En) Of(DerivedValidity v, DateOnly today)
    {
        var verified = v.Document.StatusVerified;
        var (headRu, headEn) = string.IsNullOrWhiteSpace(verified)
            ? ("Дата проверки статуса не записана", "Verification date not recorded")
            : ($"Статус проверен {verified}", $"Status verified on {verified}");
        var (stateRu, stateEn) = State(v, today);
        var (partRu, partEn) = StatusWording.Partials(v, DateOnly.MaxValue);
        return ($"{headRu}; {stateRu}{partRu}", $"{headEn}; {stateEn}{partEn}");
    }

    private static (string Ru, string En) State(DerivedValidity v, DateOnly today)
    {
        if (v.IsDraft)
        {
            return ("проект", "draft");
        }

        if (v.End is { } end)
        {
            var (ru, en) = StatusWording.Ended(end);
            return end.On > today ? ($"действует; {ru}", $"in force; {en}") : (ru, en);
        }

        if (v.UndatedEnd is not null)
        {
            return StatusWording.Undated(v);
        }

        return v switch
        {
            { Start: { } start } when start > today => ($"вступает в силу {StatusWording.Day(start)}", $"in force from {StatusWording.Day(start)}"),
            { Document.Status: Documents.DocumentStatus.Unknown } => ("статус не установлен", "status not established"),
            { Document.Status: Documents.DocumentStatus.NotYetInForce } => ("не вступил в силу", "not yet in force"),
            { Start: { } from } => ($"действует с {StatusWording.Day(from)}", $"in force from {StatusWording.Day(from)}"),
            _ => ("действует", "in force"),
        };
    }
}
