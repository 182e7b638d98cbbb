using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>The record as `ratro show --json` and `ratro list --json` print it.</summary>
internal sealed record DocumentJson(
    Guid Id,
    string Designation,
    string Canonical,
    IReadOnlyList<string> Aliases,
    string? TitleRu,
    string? TitleEn,
    string Type,
    string? Issuer,
    string? Jurisdiction,
    string Language,
    string Status,
    string? StatusVerified,
    string? StatusNote,
    DateOnly? ApprovedOn,
    DateOnly? EffectiveOn,
    DateOnly? WithdrawnOn,
    IReadOnlyList<string> IcsCodes,
    string Access,
    string? Edition,
    bool IsCurrentEdition,
    bool IsDigest,
    string State,
    int Pages,
    SourceFile? Source,
    IReadOnlyList<ReviewFlag> ReviewFlags,
    IReadOnlyList<ClauseJson>? Clauses)
{
    public static DocumentJson From(NormativeDocument d, bool withClauses, bool withText) => new(
        d.Id, d.Designation, d.Canonical, d.Aliases, d.TitleRu, d.TitleEn, EnumNames.ToName(d.Type), d.Issuer, d.Jurisdiction,
        d.Language, EnumNames.ToName(d.Status), d.StatusVerified, d.StatusNote, d.ApprovedOn, d.EffectiveOn, d.WithdrawnOn,
        d.IcsCodes, EnumNames.ToName(d.Access), d.Edition, d.IsCurrentEdition, d.IsDigest, EnumNames.ToName(d.State), d.PageCount,
        d.Source, d.ReviewFlags, withClauses ? d.Clauses.OrderBy(c => c.Ordinal).Select(c => ClauseJson.From(c, withText)).ToList() : null);
}
