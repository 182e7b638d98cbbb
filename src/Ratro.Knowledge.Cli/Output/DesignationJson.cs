using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>A parsed designation as `ratro designation --json` prints it.</summary>
internal sealed record DesignationJson(
    string Input,
    string Canonical,
    string WorkKey,
    DesignationFamily Family,
    string Number,
    int? Year,
    bool IsDated,
    string? Edition,
    string? Amendment,
    DateOnly? Date,
    string Jurisdiction,
    string? Issuer,
    string? Title,
    string? Parent,
    AdoptionJson? Adopts,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Notes)
{
    public static DesignationJson From(Designation d) => new(
        d.Input, d.Canonical, d.WorkKey, d.Family, d.Number, d.Year, d.IsDated, d.Edition, d.Amendment, d.Date, d.Jurisdiction, d.Issuer,
        d.Title, d.Parent, d.Adopts is { } a ? new AdoptionJson(a.Canonical, d.AdoptionDegree is { } g ? EnumNames.ToName(g) : null) : null,
        d.Warnings, d.Notes);
}
