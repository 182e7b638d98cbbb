using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A document edition's record card. Enum values are snake_case names (<c>national_standard</c>, <c>in_force</c>).</summary>
public sealed record DocumentSummary(
    Guid Id,
    string Slug,
    string Designation,
    string Canonical,
    string? TitleRu,
    string? TitleEn,
    string Type,
    string Status,
    string? StatusVerified,
    string? Issuer,
    string? Jurisdiction,
    string Language,
    string Access,
    string State,
    string? Edition,
    DateOnly? EditionDate,
    bool IsCurrentEdition,
    bool IsDigest,
    int? Year,
    string Url)
{
    public static DocumentSummary From(NormativeDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DocumentSummary(
            d.Id, d.Slug, d.Designation, d.Canonical, d.TitleRu, d.TitleEn,
            EnumNames.ToName(d.Type), EnumNames.ToName(d.Status), d.StatusVerified, d.Issuer, d.Jurisdiction, d.Language,
            EnumNames.ToName(d.Access), EnumNames.ToName(d.State), d.Edition, d.EditionDate, d.IsCurrentEdition, d.IsDigest,
            DocumentDisplay.Year(d), DocumentLinks.Document(d.Slug, d.IsCurrentEdition ? null : d.Id));
    }
}
