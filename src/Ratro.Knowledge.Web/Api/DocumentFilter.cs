using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Api;

/// <summary>The query parameters of the list and search endpoints: text, facet filters (repeatable), order and paging.</summary>
public sealed class DocumentFilter
{
    [FromQuery(Name = "q"), Description("Words, \"phrases\", -exclusions, designations, field filters (type:…, year:…).")]
    public string? Q { get; set; }

    [FromQuery(Name = "type"), Description("Document type (snake_case, e.g. national_standard); repeat for alternatives.")]
    public string[]? Type { get; set; }

    [FromQuery(Name = "status"), Description("Status (in_force, superseded, withdrawn, not_yet_in_force, draft, unknown); repeatable.")]
    public string[]? Status { get; set; }

    [FromQuery(Name = "issuer"), Description("Issuer (a word sequence of it matches); repeatable.")]
    public string[]? Issuer { get; set; }

    [FromQuery(Name = "jurisdiction"), Description("Jurisdiction code (RU, EAEU, INT, US, EU, BR); repeatable.")]
    public string[]? Jurisdiction { get; set; }

    [FromQuery(Name = "ics"), Description("ICS code; a code matches the codes under it; repeatable.")]
    public string[]? Ics { get; set; }

    [FromQuery(Name = "year"), Description("Year of the edition (else effective, else approval date).")]
    public string? Year { get; set; }

    [FromQuery(Name = "sort"), Description("relevance, date or designation.")]
    public string? Sort { get; set; }

    [FromQuery(Name = "offset"), Description("Results to skip (0–10000).")]
    public int? Offset { get; set; }

    [FromQuery(Name = "limit"), Description("Results per page (1–100, default 20).")]
    public int? Limit { get; set; }

    public int Skip => Offset ?? 0;

    public int Take => Limit ?? DefaultLimit;

    public const int DefaultLimit = 20;

    public DocumentQuery ToQuery()
    {
        var values = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(StringComparer.Ordinal)
        {
            ["q"] = Q ?? "",
            [FacetNames.Type] = Type ?? [],
            [FacetNames.Status] = Status ?? [],
            [FacetNames.Issuer] = Issuer ?? [],
            [FacetNames.Jurisdiction] = Jurisdiction ?? [],
            [FacetNames.Ics] = Ics ?? [],
            [FacetNames.Year] = Year ?? "",
            ["sort"] = Sort ?? "",
        };
        return DocumentQuery.From(new QueryCollection(values));
    }
}
