using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Elasticsearch.Tests.Support;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch.Tests.Querying;

/// <summary>
/// The searches the engine sends for representative queries, compared with golden requests (each golden checked
/// against the Query DSL reference by reading it). A case with several requests has one golden per request, in order.
/// </summary>
public sealed class SearchGoldenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SearchQuery Q(string text) => new() { Text = text };

    private static readonly SearchCase[] All =
    [
        new SearchCase("search-plain-ru", Q("пределы доз персонала")),
        new SearchCase("search-plain-en", Q("dose limits for workers")),
        new SearchCase("search-phrase-and-glossary", Q("\"линейного ускорителя\" электронов")),
        new SearchCase("search-designation", Q("нрб 99/2009 пределы доз"), Catalog: true),
        new SearchCase("search-designation-undated", Q("iec 60601-2-1"), Catalog: true),
        new SearchCase("search-filters", Q("контроль type:ministry_order") with
        {
            Filters = new SearchFilters
            {
                Statuses = [DocumentStatus.InForce, DocumentStatus.NotYetInForce],
                Issuers = ["Минздрав России"],
                Jurisdictions = ["ru"],
                IcsCodes = ["13.280"],
                Languages = ["RU"],
                YearFrom = 2000,
                YearTo = 2010,
                Synthetic = false,
            },
        }),
        new SearchCase("search-in-force-on", Q("требования") with { CurrentEditionsOnly = false, Filters = new SearchFilters { InForceOn = new DateOnly(2015, 5, 1) } }),
        new SearchCase("search-access-members-drafts", Q("брахитерапия") with { Access = AccessLevel.Members, IncludeDrafts = true }),
        new SearchCase("search-browse", Q("")),
        new SearchCase("search-paging-sort-date", Q("дозиметрия") with { Offset = 20, Limit = 10, Sort = SearchSort.Date, ClausesPerDocument = 2 }),
        new SearchCase("search-sort-designation", Q("дозиметрия") with { Sort = SearchSort.Designation }),
        new SearchCase("search-exclusion", Q("защита -пациентов"), Responses: ["exclusion-editions.json", "empty"]),
        new SearchCase("search-relaxed", Q("пределы доз шума"), Responses: ["no-text-match.json", "empty"]),
        new SearchCase("search-hybrid", Q("radiotherapy") with { Hybrid = true }, Responses: ["knn-one-clause.json", "empty"], Hybrid: true),
        new SearchCase("search-hybrid-designation", Q("TRS 398 radiotherapy"), Responses: ["knn-one-clause.json", "empty"], Catalog: true, Hybrid: true),
    ];

    public static TheoryData<string> Cases() => new(All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Search_requests_match_their_goldens(string name)
    {
        var @case = All.Single(c => c.Name == name);
        var cluster = new FakeCluster();
        if (@case.Catalog)
        {
            cluster.CatalogBody = Response("catalog.json");
        }

        if (@case.Responses is { } responses)
        {
            cluster.SearchBodies.Clear();
            cluster.SearchBodies.AddRange(responses.Select(Response));
        }

        ClauseEmbedder? embedder = null;
        if (@case.Hybrid)
        {
            cluster.Meta = """{"schema":1,"russian":"hunspell ru_RU then snowball","vector_dims":4}""";
            var concepts = new Dictionary<string, int> { ["radiotherapy"] = 0, ["shielding"] = 1, ["dosimetry"] = 2 };
            embedder = new ClauseEmbedder(new ConceptEmbeddingGenerator(concepts, 4), new EmbeddingOptions { Provider = "onnx", Languages = "en" });
        }

        await using var engine = TestEngine.Create(cluster, embedder: embedder, dimensions: @case.Hybrid ? 4 : 0);

        await engine.SearchAsync(@case.Query, Ct);

        var work = cluster.Work;
        Assert.NotEmpty(work);
        Assert.Equal(Golden.Count(@case.Name), work.Count);
        for (var i = 0; i < work.Count; i++)
        {
            Golden.AssertMatches(work.Count == 1 ? @case.Name : $"{@case.Name}-{i + 1}", work[i]);
        }
    }

    private static string Response(string name) =>
        name == "empty" ? FakeCluster.EmptyHits : File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Responses", name));
}
