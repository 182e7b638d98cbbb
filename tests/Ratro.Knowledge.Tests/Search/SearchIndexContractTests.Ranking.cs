using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

public abstract partial class SearchIndexContractTests
{
    [Fact]
    public async Task In_force_ranks_above_superseded_and_withdrawn_for_the_same_text()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("СТАРЫЙ").Status(DocumentStatus.Superseded).Clause("1", "Требования к дозиметрическому контролю.").Build(),
            DocumentBuilder.Ru("ОТМЕНЁН").Status(DocumentStatus.Withdrawn).Clause("1", "Требования к дозиметрическому контролю.").Build(),
            DocumentBuilder.Ru("ДЕЙСТВУЮЩИЙ").Clause("1", "Требования к дозиметрическому контролю.").Build());

        var results = await index.Index.SearchAsync(Q("дозиметрический контроль"), Ct);

        Assert.Equal(["ДЕЙСТВУЮЩИЙ", "СТАРЫЙ", "ОТМЕНЁН"], Canonicals(results));
    }

    [Fact]
    public async Task Only_current_editions_by_default()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("ОСПОРБ").Edition("2002", "2002-01-01", current: false).Clause("1", "Учет источников излучения в журнале.").Build(),
            DocumentBuilder.Ru("ОСПОРБ").Edition("2010", "2010-01-01", current: true).Clause("1", "Порядок работы.").Build());

        var results = await index.Index.SearchAsync(Q("журнале"), Ct);
        var all = await index.Index.SearchAsync(Q("журнале") with { CurrentEditionsOnly = false }, Ct);

        Assert.Equal(0, results.Total);
        Assert.False(Assert.Single(all.Hits).IsCurrentEdition);
    }

    [Fact]
    public async Task Editions_group_under_their_document_showing_the_current_one()
    {
        var old = DocumentBuilder.Ru("ОСПОРБ").Edition("2002", "2002-01-01", current: false).Status(DocumentStatus.Superseded)
            .Clause("3.1", "Учет источников излучения ведется в журнале.").Build();
        var current = DocumentBuilder.Ru("ОСПОРБ").Edition("2010", "2010-01-01", current: true)
            .Clause("3.1", "Учет источников излучения ведется в журнале.").Build();
        await using var index = await SeedAsync(old, current);

        var results = await index.Index.SearchAsync(Q("учет источников") with { CurrentEditionsOnly = false }, Ct);
        var byDesignation = await index.Index.SearchAsync(Q("ОСПОРБ") with { CurrentEditionsOnly = false }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal(current.Id, hit.DocumentId);
        Assert.Equal([old.Id], hit.OtherEditions);
        Assert.Equal(current.Id, Assert.Single(byDesignation.Hits).DocumentId);
    }

    [Fact]
    public async Task Pages_are_disjoint_and_share_the_total()
    {
        var documents = Enumerable.Range(1, 7)
            .Select(i => DocumentBuilder.Ru($"Д-{i}").Clause("1", string.Join(' ', Enumerable.Repeat("радиация", i)) + " и прочее.").Build())
            .ToArray();
        await using var index = await SeedAsync(documents);

        var first = await index.Index.SearchAsync(Q("радиация") with { Limit = 3 }, Ct);
        var second = await index.Index.SearchAsync(Q("радиация") with { Limit = 3, Offset = 3 }, Ct);
        var third = await index.Index.SearchAsync(Q("радиация") with { Limit = 3, Offset = 6 }, Ct);

        Assert.All(new[] { first, second, third }, r => Assert.Equal(7, r.Total));
        Assert.Equal([3, 3, 1], new[] { first.Hits.Count, second.Hits.Count, third.Hits.Count });
        Assert.Equal(7, first.Hits.Concat(second.Hits).Concat(third.Hits).Select(h => h.Canonical).Distinct().Count());
        Assert.True(first.Hits[^1].Score >= second.Hits[0].Score);
    }

    [Fact]
    public async Task Sort_by_designation_orders_numbers_numerically()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("ГОСТ Р 10").Clause("1", "Дозиметрия.").Build(),
            DocumentBuilder.Ru("ГОСТ Р 9").Clause("1", "Дозиметрия, дозиметрия, дозиметрия.").Build(),
            DocumentBuilder.Ru("ГОСТ Р 100").Clause("1", "Дозиметрия.").Build());

        var results = await index.Index.SearchAsync(Q("дозиметрия") with { Sort = SearchSort.Designation }, Ct);

        Assert.Equal(["ГОСТ Р 9", "ГОСТ Р 10", "ГОСТ Р 100"], Canonicals(results));
    }

    [Fact]
    public async Task Sort_by_date_puts_the_newest_first()
    {
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("А").Effective("2001-01-01").Clause("1", "Дозиметрия, дозиметрия.").Build(),
            DocumentBuilder.Ru("Б").Effective("2023-01-01").Clause("1", "Дозиметрия.").Build(),
            DocumentBuilder.Ru("В").Effective("2011-01-01").Clause("1", "Дозиметрия.").Build());

        var results = await index.Index.SearchAsync(Q("дозиметрия") with { Sort = SearchSort.Date }, Ct);

        Assert.Equal(["Б", "В", "А"], Canonicals(results));
    }

    [Fact]
    public async Task Snippets_mark_every_form_escape_html_and_carry_clause_facts()
    {
        RequireRussianMorphology();
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("НРБ").Clause("3.1.2", "Для персонала <группы А> предел дозы — 20 мЗв; персоналу & практикантам иначе.", "Пределы доз", page: 12, pageEnd: 13)
                .Build());

        var results = await index.Index.SearchAsync(Q("персонал"), Ct);

        var clause = Assert.Single(Assert.Single(results.Hits).Clauses);
        Assert.Equal("3.1.2", clause.Number);
        Assert.Equal("3.1.2", clause.Key);
        Assert.Equal("Пределы доз", clause.Heading);
        Assert.Equal((12, 13), (clause.PageStart, clause.PageEnd));
        Assert.Contains("<mark>персонала</mark>", clause.Snippet);
        Assert.Contains("<mark>персоналу</mark>", clause.Snippet);
        Assert.Contains("&lt;группы А&gt;", clause.Snippet);
        Assert.Contains("&amp;", clause.Snippet);
        Assert.DoesNotContain("<группы", clause.Snippet);
    }

    [Fact]
    public async Task Snippet_of_a_long_clause_is_a_window_around_the_match()
    {
        var filler = string.Join(' ', Enumerable.Repeat("общие положения", 60));
        await using var index = await SeedAsync(
            DocumentBuilder.Ru("ДЛИННЫЙ").Clause("1", filler + " Требования к брахитерапии изложены здесь. " + filler).Build());

        var results = await index.Index.SearchAsync(Q("брахитерапии"), Ct);

        var snippet = Assert.Single(Assert.Single(results.Hits).Clauses).Snippet;
        Assert.Contains("<mark>брахитерапии</mark>", snippet);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.True(snippet.Length < 400, $"snippet is {snippet.Length} characters");
    }
}
