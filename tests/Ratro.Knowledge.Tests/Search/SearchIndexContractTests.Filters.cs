using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

public abstract partial class SearchIndexContractTests
{
    private static NormativeDocument[] FilterCorpus() =>
    [
        DocumentBuilder.Ru("Приказ 560н").Type(DocumentType.MinistryOrder).Issuer("Минздрав России").Jurisdiction("RU").Ics("11.040.50")
            .Effective("2012-11-15").Clause("1", "Контроль качества лучевой терапии.").Build(),
        DocumentBuilder.Ru("ГОСТ Р 1").Type(DocumentType.NationalStandard).Status(DocumentStatus.Superseded).Issuer("Росстандарт").Jurisdiction("RU")
            .Ics("13.280").Effective("2003-01-01").Clause("1", "Контроль качества дозиметров.").Build(),
        DocumentBuilder.En("IAEA SSR-1").Type(DocumentType.IaeaSafetyStandard).Issuer("IAEA").Jurisdiction("INT").Ics("13.280.10")
            .Effective("2018-06-01").Clause("1", "Quality control of radiotherapy equipment; контроль качества.").Build(),
    ];

    [Fact]
    public async Task Filter_by_type()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q("контроль качества") with { Filters = new() { Types = [DocumentType.MinistryOrder] } }, Ct);
        Assert.Equal(["Приказ 560н"], Canonicals(results));
    }

    [Fact]
    public async Task Filter_by_status()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q("контроль") with { Filters = new() { Statuses = [DocumentStatus.Superseded] } }, Ct);
        Assert.Equal(["ГОСТ Р 1"], Canonicals(results));
    }

    [Fact]
    public async Task Filter_by_issuer_matches_words_in_any_case()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q("контроль") with { Filters = new() { Issuers = ["минздрав"] } }, Ct);
        Assert.Equal(["Приказ 560н"], Canonicals(results));
    }

    [Fact]
    public async Task Filter_by_jurisdiction()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q("") with { Filters = new() { Jurisdictions = ["INT"] } }, Ct);
        Assert.Equal(["IAEA SSR-1"], Canonicals(results));
    }

    [Fact]
    public async Task Filter_by_ics_includes_narrower_codes()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q("") with { Filters = new() { IcsCodes = ["13.280"] }, Sort = SearchSort.Designation }, Ct);
        Assert.Equal(["IAEA SSR-1", "ГОСТ Р 1"], Canonicals(results).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Filter_by_year_range()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q("") with { Filters = new() { YearFrom = 2010, YearTo = 2015 } }, Ct);
        Assert.Equal(["Приказ 560н"], Canonicals(results));
    }

    [Fact]
    public async Task Filter_by_language()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q("контроль качества") with { Filters = new() { Languages = ["en"] } }, Ct);
        Assert.Equal(["IAEA SSR-1"], Canonicals(results));
    }

    [Theory]
    [InlineData("контроль type:ministry_order", "Приказ 560н")]
    [InlineData("контроль status:superseded", "ГОСТ Р 1")]
    [InlineData("контроль lang:en", "IAEA SSR-1")]
    [InlineData("контроль issuer:\"Минздрав России\"", "Приказ 560н")]
    [InlineData("контроль year:2000..2005", "ГОСТ Р 1")]
    [InlineData("jurisdiction:int", "IAEA SSR-1")]
    public async Task Field_filters_typed_in_the_query(string query, string expected)
    {
        await using var index = await SeedAsync(FilterCorpus());
        var results = await index.Index.SearchAsync(Q(query), Ct);
        Assert.Equal([expected], Canonicals(results));
    }

    [Fact]
    public async Task Unknown_value_of_a_typed_filter_is_explained()
    {
        await using var index = await SeedAsync(FilterCorpus());
        var error = await Assert.ThrowsAsync<SearchQueryException>(() => index.Index.SearchAsync(Q("type:rumour"), Ct));
        Assert.Contains("ministry_order", error.Message);
    }

    [Fact]
    public async Task In_force_on_date_picks_the_edition_valid_that_day()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("СП 1").Edition("ред. 1", "2010-01-01", current: false).Status(DocumentStatus.Superseded).Effective("2010-01-01")
                .Clause("1", "Старые требования к защите.").Build(),
            DocumentBuilder.Ru("СП 1").Edition("ред. 2", "2020-01-01", current: true).Effective("2020-01-01")
                .Clause("1", "Новые требования к защите.").Build());

        var old = await index.Index.SearchAsync(
            Q("требования") with { CurrentEditionsOnly = false, Filters = new() { InForceOn = new DateOnly(2015, 5, 1) } }, Ct);
        var now = await index.Index.SearchAsync(
            Q("требования") with { CurrentEditionsOnly = false, Filters = new() { InForceOn = new DateOnly(2021, 5, 1) } }, Ct);

        Assert.Contains("Старые", Assert.Single(Assert.Single(old.Hits).Clauses).Snippet);
        Assert.Contains("Новые", Assert.Single(Assert.Single(now.Hits).Clauses).Snippet);
    }

    [Fact]
    public async Task In_force_on_date_leaves_out_documents_not_yet_in_force_and_withdrawn()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("БУДУЩИЙ").Status(DocumentStatus.NotYetInForce).Effective("2030-01-01").Clause("1", "Требования к защите.").Build(),
            DocumentBuilder.Ru("ОТМЕНЁН").Status(DocumentStatus.Withdrawn).Effective("2000-01-01").Withdrawn("2010-01-01").Clause("1", "Требования к защите.").Build(),
            DocumentBuilder.Ru("ДЕЙСТВУЕТ").Effective("2005-01-01").Clause("1", "Требования к защите.").Build());

        var results = await index.Index.SearchAsync(Q("защита") with { Filters = new() { InForceOn = new DateOnly(2024, 1, 1) } }, Ct);
        var before = await index.Index.SearchAsync(Q("защита") with { Filters = new() { InForceOn = new DateOnly(2008, 1, 1) } }, Ct);

        Assert.Equal(["ДЕЙСТВУЕТ"], Canonicals(results));
        Assert.Equal(["ДЕЙСТВУЕТ", "ОТМЕНЁН"], Canonicals(before).Order(StringComparer.Ordinal).ToList());
    }
}
