using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Tests.Catalogue;

public sealed class DocumentQueryTests
{
    [Theory]
    [InlineData("?q=%D0%B4%D0%BE%D0%B7%D0%B0&type=national_standard&type=sanitary_rules&sort=date&page=3", "?q=%D0%B4%D0%BE%D0%B7%D0%B0&type=national_standard&type=sanitary_rules&sort=date&page=3")]
    [InlineData("?type=not_a_type&status=in_force&year=20x9&page=-4", "?status=in_force")]
    [InlineData("?year=2009&year=2010&sort=nonsense&page=100000", "?year=2009&page=500")]
    [InlineData("?issuer=IAEA&issuer=IAEA&ics=13.280", "?issuer=IAEA&ics=13.280")]
    [InlineData("", "")]
    public void Reads_what_it_understands_and_writes_it_back_in_a_fixed_order(string queryString, string expected)
    {
        var query = DocumentQuery.From(Parse(queryString));

        Assert.Equal(expected, query.ToQueryString());
    }

    [Fact]
    public void Toggling_adds_or_removes_a_value_returns_to_the_first_page_and_a_year_replaces_the_year()
    {
        var query = DocumentQuery.From(Parse("?type=national_standard&year=2009&page=4"));

        Assert.Equal("?type=national_standard&type=sanitary_rules&year=2009", query.Toggle(FacetNames.Type, "sanitary_rules").ToQueryString());
        Assert.Equal("?year=2009", query.Toggle(FacetNames.Type, "national_standard").ToQueryString());
        Assert.Equal("?type=national_standard&year=2011", query.Toggle(FacetNames.Year, "2011").ToQueryString());
    }

    [Fact]
    public void Filters_for_the_engine_and_without_one_facet_for_its_own_counts()
    {
        var query = DocumentQuery.From(Parse("?type=national_standard&status=superseded&year=2009&jurisdiction=RU"));

        var filters = query.Filters();
        var withoutType = query.Filters(without: FacetNames.Type);

        Assert.Equal([DocumentType.NationalStandard], filters.Types);
        Assert.Equal([DocumentStatus.Superseded], filters.Statuses);
        Assert.Equal((2009, 2009), (filters.YearFrom!.Value, filters.YearTo!.Value));
        Assert.Equal(["RU"], filters.Jurisdictions);
        Assert.Empty(withoutType.Types);
        Assert.Equal([DocumentStatus.Superseded], withoutType.Statuses);
    }

    private static QueryCollection Parse(string queryString) => new(QueryHelpers.ParseQuery(queryString));
}
