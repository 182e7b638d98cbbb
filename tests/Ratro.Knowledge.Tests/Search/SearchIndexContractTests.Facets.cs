using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

public abstract partial class SearchIndexContractTests
{
    private static NormativeDocument[] FacetCorpus() =>
    [
        DocumentBuilder.Ru("П1").Type(DocumentType.MinistryOrder).Issuer("Минздрав России").Jurisdiction("RU").Effective("2020-01-01")
            .Clause("1", "Радиационный контроль в отделении.").Build(),
        DocumentBuilder.Ru("П2").Type(DocumentType.MinistryOrder).Issuer("Минздрав России").Jurisdiction("RU").Effective("2021-01-01")
            .Status(DocumentStatus.Superseded).Clause("1", "Радиационный контроль помещений.").Build(),
        DocumentBuilder.Ru("С1").Type(DocumentType.SanitaryRules).Issuer("Роспотребнадзор").Jurisdiction("RU").Effective("2020-06-01").Ics("13.280")
            .Clause("1", "Радиационный контроль на рабочих местах.").Build(),
        DocumentBuilder.Ru("М1").Type(DocumentType.MethodicalGuideline).Issuer("Роспотребнадзор").Access(AccessLevel.Members)
            .Clause("1", "Радиационный контроль для членов ассоциации.").Build(),
        DocumentBuilder.Ru("R1").Type(DocumentType.Other).Access(AccessLevel.Restricted)
            .Clause("1", "Радиационный контроль, закрытый документ.").Build(),
    ];

    private static int Count(SearchResults results, string facet, string value) =>
        results.Facet(facet).SingleOrDefault(v => v.Value == value)?.Count ?? 0;

    [Fact]
    public async Task Facets_count_matched_documents_by_value()
    {
        await using var index = await SeedAsync(FacetCorpus());

        var results = await index.Index.SearchAsync(Q("радиационный контроль"), Ct);

        Assert.Equal(3, results.Total);
        Assert.Equal(2, Count(results, FacetNames.Type, "ministry_order"));
        Assert.Equal(1, Count(results, FacetNames.Type, "sanitary_rules"));
        Assert.Equal(2, Count(results, FacetNames.Status, "in_force"));
        Assert.Equal(1, Count(results, FacetNames.Status, "superseded"));
        Assert.Equal(2, Count(results, FacetNames.Issuer, "Минздрав России"));
        Assert.Equal(3, Count(results, FacetNames.Jurisdiction, "RU"));
        Assert.Equal(2, Count(results, FacetNames.Year, "2020"));
        Assert.Equal(1, Count(results, FacetNames.Ics, "13.280"));
        Assert.Equal(3, Count(results, FacetNames.Language, "ru"));
        Assert.Equal(3, Count(results, FacetNames.Access, "public"));
    }

    [Fact]
    public async Task Public_facets_do_not_count_members_or_restricted_documents()
    {
        await using var index = await SeedAsync(FacetCorpus());

        var results = await index.Index.SearchAsync(Q("контроль"), Ct);

        Assert.Equal(0, Count(results, FacetNames.Type, "methodical_guideline"));
        Assert.Equal(0, Count(results, FacetNames.Access, "members"));
        Assert.Equal(0, Count(results, FacetNames.Access, "restricted"));
        Assert.Equal(1, Count(results, FacetNames.Issuer, "Роспотребнадзор"));
    }

    [Fact]
    public async Task Members_see_and_count_members_documents_but_not_restricted_ones()
    {
        await using var index = await SeedAsync(FacetCorpus());

        var results = await index.Index.SearchAsync(Q("контроль") with { Access = AccessLevel.Members }, Ct);

        Assert.Equal(4, results.Total);
        Assert.Equal(1, Count(results, FacetNames.Access, "members"));
        Assert.Equal(0, Count(results, FacetNames.Access, "restricted"));
        Assert.Equal(2, Count(results, FacetNames.Issuer, "Роспотребнадзор"));
    }

    [Fact]
    public async Task Restricted_callers_see_every_level()
    {
        await using var index = await SeedAsync(FacetCorpus());

        var results = await index.Index.SearchAsync(Q("контроль") with { Access = AccessLevel.Restricted }, Ct);

        Assert.Equal(5, results.Total);
        Assert.Contains("R1", Canonicals(results));
    }

    [Fact]
    public async Task Public_callers_never_see_members_or_restricted_clauses()
    {
        await using var index = await SeedAsync(FacetCorpus());

        foreach (var query in new[] { "членов ассоциации", "закрытый документ", "М1", "R1", "" })
        {
            var results = await index.Index.SearchAsync(Q(query) with { Limit = 100 }, Ct);
            Assert.DoesNotContain("М1", Canonicals(results));
            Assert.DoesNotContain("R1", Canonicals(results));
            Assert.DoesNotContain(results.Hits.SelectMany(h => h.Clauses), c => c.Snippet.Contains("ассоциации") || c.Snippet.Contains("закрытый"));
        }
    }

    [Fact]
    public async Task Drafts_are_invisible_unless_an_editor_asks()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("ЧЕРНОВИК").Draft().Clause("1", "Проект требований к брахитерапии.").Build(),
            DocumentBuilder.Ru("ОПУБЛИКОВАН").Clause("1", "Требования к брахитерапии.").Build());

        var anonymous = await index.Index.SearchAsync(Q("брахитерапии"), Ct);
        var members = await index.Index.SearchAsync(Q("брахитерапии") with { Access = AccessLevel.Restricted }, Ct);
        var editor = await index.Index.SearchAsync(Q("брахитерапии") with { IncludeDrafts = true, Access = AccessLevel.Restricted }, Ct);

        Assert.Equal(["ОПУБЛИКОВАН"], Canonicals(anonymous));
        Assert.Equal(["ОПУБЛИКОВАН"], Canonicals(members));
        Assert.Equal(2, editor.Total);
        Assert.Equal(1, anonymous.Facet(FacetNames.Type).Sum(v => v.Count));
    }
}
