using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

/// <summary>
/// What every search engine must do, whatever it is. A derived class supplies the engine; each test seeds its own
/// small documents into a fresh index in its own temp folder.
/// </summary>
public abstract partial class SearchIndexContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static string GlossaryFixture => Path.Combine(AppContext.BaseDirectory, "Glossary", "glossary-fixture.tsv");

    /// <summary>
    /// A new, empty engine keeping its files under <paramref name="directory"/>, expanding with the glossary at
    /// <paramref name="glossaryPath"/>; an engine that cannot run here skips the test (<c>Assert.Skip</c>) with the reason.
    /// </summary>
    protected abstract ISearchIndex CreateIndex(string directory, string glossaryPath);

    /// <summary>Skips a test that needs lemma-level Russian morphology when the engine runs without it.</summary>
    protected virtual void RequireRussianMorphology()
    {
    }

    protected async Task<TestIndex> SeedAsync(params NormativeDocument[] editions)
    {
        var folder = new TempDirectory();
        ISearchIndex index;
        try
        {
            index = CreateIndex(folder.Path, GlossaryFixture);
        }
        catch (Exception)
        {
            folder.Dispose();
            throw;
        }

        foreach (var group in editions.GroupBy(e => e.Canonical))
        {
            await index.ReplaceDocumentAsync(group.Key, group.ToList(), Ct);
        }

        return new TestIndex(index, folder);
    }

    protected static SearchQuery Q(string text) => new() { Text = text };

    protected static IReadOnlyList<string> Canonicals(SearchResults results) => results.Hits.Select(h => h.Canonical).ToList();

    [Fact]
    public async Task Russian_query_in_one_case_finds_clause_in_another()
    {
        RequireRussianMorphology();
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("НРБ").Clause("3.1", "Пределы доз для персонала группы А установлены в таблице.").Build(),
            DocumentBuilder.Ru("ПРОЧЕЕ").Clause("1", "Требования к помещениям кабинета.").Build());

        foreach (var query in new[] { "персоналом", "персоналу", "персонал", "предел дозы" })
        {
            var results = await index.Index.SearchAsync(Q(query), Ct);
            Assert.Equal(["НРБ"], Canonicals(results));
        }
    }

    [Fact]
    public async Task Plural_genitive_forms_match_their_singular()
    {
        RequireRussianMorphology();
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("A").Clause("1", "Контроль дозы облучения пациента.").Build(),
            DocumentBuilder.Ru("B").Clause("1", "Защита от шума.").Build());

        var results = await index.Index.SearchAsync(Q("доз облучением"), Ct);

        Assert.Equal(["A"], Canonicals(results));
    }

    [Fact]
    public async Task Yo_and_ye_are_one_letter()
    {
        await using var index = await SeedAsync(DocumentBuilder.Ru("A").Clause("1", "Облучённые лица проходят осмотр.").Build());

        Assert.Equal(1, (await index.Index.SearchAsync(Q("облученные"), Ct)).Total);
        Assert.Equal(1, (await index.Index.SearchAsync(Q("ОБЛУЧЁННЫЕ"), Ct)).Total);
    }

    [Fact]
    public async Task English_inflections_match()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.En("E1").Clause("4.2", "The accelerators shall be calibrated annually.").Build(),
            DocumentBuilder.En("E2").Clause("1", "Shielding of the treatment room.").Build());

        var results = await index.Index.SearchAsync(Q("accelerator calibration"), Ct);

        Assert.Equal(["E1"], Canonicals(results));
    }

    [Fact]
    public async Task Each_language_is_searched_with_its_own_analysis()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("RU").Clause("1", "Пределы доз персонала.").Build(),
            DocumentBuilder.En("EN").Clause("1", "Dose limits for workers.").Build());

        Assert.Equal(["EN"], Canonicals(await index.Index.SearchAsync(Q("limits workers"), Ct)));
        Assert.Equal(["RU"], Canonicals(await index.Index.SearchAsync(Q("пределы персонала"), Ct)));
    }

    [Fact]
    public async Task Phrase_requires_words_in_order()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("A").Clause("1", "Контроль качества проводится ежедневно.").Build(),
            DocumentBuilder.Ru("B").Clause("1", "Качества воздуха и контроль вентиляции.").Build());

        var results = await index.Index.SearchAsync(Q("\"контроль качества\""), Ct);

        Assert.Equal(["A"], Canonicals(results));
    }

    [Fact]
    public async Task Excluded_word_leaves_out_documents_containing_it()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("A").Clause("1", "Защита персонала от облучения.").Build(),
            DocumentBuilder.Ru("B").Clause("1", "Защита пациентов от облучения.").Build());

        var results = await index.Index.SearchAsync(Q("защита -пациентов"), Ct);

        Assert.Equal(["A"], Canonicals(results));
    }

    [Fact]
    public async Task Hits_are_grouped_one_per_document_with_best_clauses_first()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("A")
                .Clause("1", "Облучение пациентов при рентгенографии.")
                .Clause("2", "Облучение пациентов и персонала при рентгеноскопии: облучение снижают экранами.")
                .Clause("3", "Общие положения.")
                .Build());

        var results = await index.Index.SearchAsync(Q("облучение") with { ClausesPerDocument = 3 }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal(1, results.Total);
        Assert.Equal(["2", "1"], hit.Clauses.Select(c => c.Number).ToList());
        Assert.True(hit.Clauses[0].Score >= hit.Clauses[1].Score);
    }
}
