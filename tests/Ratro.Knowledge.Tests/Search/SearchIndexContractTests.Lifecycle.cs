using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

public abstract partial class SearchIndexContractTests
{
    [Fact]
    public async Task Deleted_document_is_gone_from_results_and_facets()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("УДАЛИТЬ").Type(DocumentType.MinistryOrder).Clause("1", "Требования к брахитерапии.").Build(),
            DocumentBuilder.Ru("ОСТАВИТЬ").Type(DocumentType.SanitaryRules).Clause("1", "Требования к брахитерапии.").Build());

        await index.Index.DeleteDocumentAsync("УДАЛИТЬ", Ct);
        var results = await index.Index.SearchAsync(Q("брахитерапии"), Ct);
        var browse = await index.Index.SearchAsync(Q(""), Ct);

        Assert.Equal(["ОСТАВИТЬ"], Canonicals(results));
        Assert.Equal(["ОСТАВИТЬ"], Canonicals(browse));
        Assert.DoesNotContain(results.Facet(FacetNames.Type), v => v.Value == "ministry_order");
    }

    [Fact]
    public async Task Replacing_a_document_replaces_its_text()
    {
        var first = DocumentBuilder.Ru("ИЗМЕНЯЕМЫЙ").Clause("1", "Старый текст о гамма-терапии.").Build();
        await using var index = await SeedAsync(first);
        var second = DocumentBuilder.Ru("ИЗМЕНЯЕМЫЙ").Clause("1", "Новый текст о протонной терапии.").Build();

        await index.Index.ReplaceDocumentAsync("ИЗМЕНЯЕМЫЙ", [second], Ct);

        Assert.Equal(0, (await index.Index.SearchAsync(Q("гамма-терапии"), Ct)).Total);
        Assert.Equal(second.Id, Assert.Single((await index.Index.SearchAsync(Q("протонной"), Ct)).Hits).DocumentId);
    }

    [Fact]
    public async Task Rebuild_swaps_in_exactly_the_given_documents()
    {
        await using var index = await SeedAsync(DocumentBuilder.Ru("ДО").Clause("1", "Текст до перестройки индекса.").Build());
        var kept = DocumentBuilder.Ru("ПОСЛЕ").Clause("1", "Текст после перестройки индекса.").Build();
        var oldEdition = DocumentBuilder.Ru("ПОСЛЕ").Edition("1", "2001-01-01", current: false).Clause("1", "Прежняя редакция.").Build();

        var report = await index.Index.RebuildAsync(new[] { kept, oldEdition }.ToAsyncEnumerable(), Ct);
        var results = await index.Index.SearchAsync(Q("текст перестройки"), Ct);

        Assert.Equal((1, 2, 2), (report.Documents, report.Editions, report.Clauses));
        Assert.Equal(["ПОСЛЕ"], Canonicals(results));
        Assert.Equal(1, (await index.Index.SearchAsync(Q("прежняя") with { CurrentEditionsOnly = false }, Ct)).Total);
    }

    [Fact]
    public async Task Updates_after_a_rebuild_go_to_the_new_index()
    {
        await using var index = await SeedAsync(DocumentBuilder.Ru("А").Clause("1", "Первый.").Build());
        await index.Index.RebuildAsync(new[] { DocumentBuilder.Ru("Б").Clause("1", "Второй документ.").Build() }.ToAsyncEnumerable(), Ct);

        await index.Index.ReplaceDocumentAsync("В", [DocumentBuilder.Ru("В").Clause("1", "Третий документ.").Build()], Ct);

        Assert.Equal(["Б", "В"], Canonicals(await index.Index.SearchAsync(Q("документ") with { Sort = SearchSort.Designation }, Ct)));
    }

    [Fact]
    public async Task An_empty_index_answers_with_no_hits()
    {
        await using var index = await SeedAsync();

        var results = await index.Index.SearchAsync(Q("доза"), Ct);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }
}
