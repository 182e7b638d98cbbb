using System.Globalization;
using Microsoft.Extensions.Primitives;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// What the catalogue and the search page show, read from and written back to the query string, so every state has a
/// URL that can be shared: <c>q</c>, the facets (<c>type</c>, <c>status</c>, <c>issuer</c>, <c>jurisdiction</c>,
/// <c>ics</c> — repeatable — and <c>year</c>), <c>sort</c> and <c>page</c>. Values that are not understood are dropped.
/// </summary>
public sealed record DocumentQuery
{
    public const int MaxValuesPerFacet = 20;
    public const int MaxValueLength = 200;
    public const int MaxPage = 500;

    /// <summary>The facets a visitor filters by, in the order the pages show them.</summary>
    public static IReadOnlyList<string> Facets { get; } =
        [FacetNames.Type, FacetNames.Status, FacetNames.Issuer, FacetNames.Jurisdiction, FacetNames.Ics, FacetNames.Year];

    public string Text { get; init; } = "";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Selection { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Null: the page's default order.</summary>
    public SearchSort? Sort { get; init; }

    public int Page { get; init; } = 1;

    public bool HasFilters => Selection.Values.Any(v => v.Count > 0);

    public static DocumentQuery From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var selection = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var facet in Facets)
        {
            var values = Values(query[facet]).Where(v => Valid(facet, v)).Take(facet == FacetNames.Year ? 1 : MaxValuesPerFacet).ToList();
            if (values.Count > 0)
            {
                selection[facet] = values;
            }
        }

        return new DocumentQuery
        {
            Text = (query["q"].ToString() ?? "").Trim(),
            Selection = selection,
            Sort = Enum.TryParse<SearchSort>(query["sort"], ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : null,
            Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, MaxPage) : 1,
        };
    }

    public IReadOnlyList<string> Selected(string facet) => Selection.TryGetValue(facet, out var values) ? values : [];

    public bool IsSelected(string facet, string value) => Selected(facet).Contains(value, StringComparer.Ordinal);

    /// <summary>The same query with a facet value added or removed (back to the first page). A year replaces the year.</summary>
    public DocumentQuery Toggle(string facet, string value)
    {
        var current = Selected(facet);
        var next = current.Contains(value, StringComparer.Ordinal)
            ? current.Where(v => v != value).ToList()
            : facet == FacetNames.Year ? [value] : current.Append(value).ToList();
        var selection = new Dictionary<string, IReadOnlyList<string>>(Selection, StringComparer.Ordinal) { [facet] = next };
        return this with { Selection = selection, Page = 1 };
    }

    public DocumentQuery WithPage(int page) => this with { Page = page };

    /// <summary>The filters for the engine; <paramref name="without"/> leaves one facet out (for its own counts).</summary>
    public SearchFilters Filters(string? without = null)
    {
        IReadOnlyList<string> Pick(string facet) => facet == without ? [] : Selected(facet);
        var year = Pick(FacetNames.Year) is [var y] ? int.Parse(y, CultureInfo.InvariantCulture) : (int?)null;
        return new SearchFilters
        {
            Types = Pick(FacetNames.Type).Select(EnumNames.Parse<DocumentType>).ToList(),
            Statuses = Pick(FacetNames.Status).Select(EnumNames.Parse<DocumentStatus>).ToList(),
            Issuers = Pick(FacetNames.Issuer),
            Jurisdictions = Pick(FacetNames.Jurisdiction),
            IcsCodes = Pick(FacetNames.Ics),
            YearFrom = year,
            YearTo = year,
        };
    }

    /// <summary>The query string of this state ("?q=…&amp;type=…"), parameters in a fixed order; empty for the bare page.</summary>
    public string ToQueryString()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        if (Text.Length > 0)
        {
            parts.Add(new("q", Text));
        }

        foreach (var facet in Facets)
        {
            parts.AddRange(Selected(facet).Select(v => new KeyValuePair<string, string?>(facet, v)));
        }

        if (Sort is { } sort)
        {
            parts.Add(new("sort", sort.ToString().ToLowerInvariant()));
        }

        if (Page > 1)
        {
            parts.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(parts).ToUriComponent();
    }

    private static IEnumerable<string> Values(StringValues values) =>
        values.Select(v => v?.Trim() ?? "").Where(v => v.Length is > 0 and <= MaxValueLength).Distinct(StringComparer.Ordinal);

    private static bool Valid(string facet, string value) => facet switch
    {
        FacetNames.Type => EnumNames.TryParse<DocumentType>(value, out var t) && EnumNames.ToName(t) == value,
        FacetNames.Status => EnumNames.TryParse<DocumentStatus>(value, out var s) && EnumNames.ToName(s) == value,
        FacetNames.Year => value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        _ => true,
    };
}
