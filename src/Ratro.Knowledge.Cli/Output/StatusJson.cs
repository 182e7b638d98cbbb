using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.References.Graph.Validity;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>What `ratro status --json` prints: the record's status, currency line, validity, the answer for a day, chain, editions, counterparts.</summary>
internal sealed record StatusJson(
    HeldJson Document,
    string Type,
    string Status,
    string? StatusVerified,
    string? StatusNote,
    CurrencyJson Currency,
    ValidityJson Validity,
    OnDateJson? OnDate,
    ChainJson Supersession,
    IReadOnlyList<EditionJson> Editions,
    IReadOnlyList<CounterpartJson> Counterparts)
{
    public static StatusJson From(
        DerivedValidity validity, DateOnly today, StatusOnDate? onDate, SupersessionChain chain, IReadOnlyList<HeldDocument> editions, IReadOnlyList<Counterpart> counterparts)
    {
        var d = validity.Document;
        var (ru, en) = CurrencyLine.Of(validity, today);
        return new StatusJson(
            HeldJson.From(d)!,
            EnumNames.ToName(d.Type),
            EnumNames.ToName(d.Status),
            d.StatusVerified,
            d.StatusNote,
            new CurrencyJson(ru, en),
            ValidityJson.From(validity),
            onDate is null ? null : new OnDateJson(onDate.Day, Answer(onDate.Answer), EnumNames.ToName(onDate.Reason), onDate.ReasonRu, onDate.ReasonEn, onDate.Approximate),
            ChainJson.From(chain),
            editions.Select(EditionJson.From).ToList(),
            counterparts.Select(CounterpartJson.From).ToList());
    }

    private static string Answer(InForceAnswer answer) => answer switch
    {
        InForceAnswer.Yes => "yes",
        InForceAnswer.No => "no",
        _ => "unknown",
    };
}
