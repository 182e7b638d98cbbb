using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.Answers;

namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>
/// The relevance set (queries.tsv beside this file) run through the search index of the seeded corpus, as an
/// association member (members-only documents are part of the corpus), with text ranking only: the per-query table
/// goes to the test output and to relevance-report.tsv beside the test binaries, and recall must reach the floors.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class RelevanceTests(SeededCorpus corpus, ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["designation", "topic", "inflected", "misspelled", "abbreviation", "cross-lingual", "filtered"];

    private static IReadOnlyList<RelevanceQuery> Queries => RelevanceSet.Load(RelevanceSet.DefaultPath);

    [Fact]
    public void The_set_has_enough_queries_of_every_kind_in_both_languages()
    {
        var queries = Queries;

        Assert.True(queries.Count >= 70, $"{queries.Count} queries");
        Assert.All(queries, q => Assert.Contains(q.Kind, Kinds));
        Assert.All(queries, q => Assert.Contains(q.Language, new[] { "ru", "en" }));
        Assert.All(queries, q => Assert.NotEmpty(q.Expected));
        foreach (var kind in Kinds)
        {
            Assert.True(queries.Count(q => q.Kind == kind) >= 8, $"{queries.Count(q => q.Kind == kind)} {kind} queries");
        }

        Assert.True(queries.Count(q => q.Language == "ru") >= 30, "Russian queries");
        Assert.True(queries.Count(q => q.Language == "en") >= 30, "English queries");
        Assert.All(queries.Where(q => q.Kind == "filtered"), q => Assert.NotEqual(SearchFilters.None, q.Filters));
        Assert.Distinct(queries.Select(q => (q.Text, q.Filters)));
    }

    [Fact]
    public async Task Every_expected_document_is_in_the_corpus_and_passes_its_query_filters()
    {
        var documents = (await corpus.Services.Get<DocumentStore>().ListAsync(TestContext.Current.CancellationToken))
            .ToDictionary(d => d.Canonical, StringComparer.Ordinal);

        foreach (var query in Queries)
        {
            foreach (var expected in query.Expected)
            {
                Assert.True(documents.TryGetValue(expected, out var document), $"line {query.Line}: '{expected}' is not a corpus document");
                Assert.True(Passes(document!, query.Filters), $"line {query.Line}: '{expected}' does not pass the query's filters");
            }
        }
    }

    [Fact]
    public async Task Search_reaches_the_recall_floors()
    {
        var report = await RunAsync();
        output.WriteLine(report.Describe());
        await File.WriteAllTextAsync(TestData.Path("relevance-report.tsv"), report.Describe(), TestContext.Current.CancellationToken);
        var misses = string.Join("\n", report.Misses.Select(o => $"line {o.Query.Line}: {o.Query.Text} → {string.Join("; ", o.Ranked.Take(5))}"));

        Assert.True(report.Overall.RecallAt5 >= 0.9, $"recall@5 {report.Overall.RecallAt5}\n{misses}");
        Assert.True(report.Overall.Mrr >= 0.75, $"MRR {report.Overall.Mrr}\n{misses}");
        Assert.True(report.ByKind["designation"].RecallAt1 >= 0.95, $"designation recall@1 {report.ByKind["designation"].RecallAt1}\n{misses}");
        Assert.All(report.ByKind, p => Assert.True(p.Value.RecallAt5 >= 0.8, $"{p.Key} recall@5 {p.Value.RecallAt5}\n{misses}"));
        Assert.All(report.ByLanguage, p => Assert.True(p.Value.RecallAt5 >= 0.85, $"{p.Key} recall@5 {p.Value.RecallAt5}\n{misses}"));
    }

    private async Task<RelevanceReport> RunAsync()
    {
        return await RelevanceRunner.RunAsync(corpus.Services.Get<ISearchIndex>(), Queries, AccessLevel.Members, TestContext.Current.CancellationToken);
    }

    private static bool Passes(NormativeDocument document, SearchFilters filters) =>
        (filters.Types.Count == 0 || filters.Types.Contains(document.Type))
        && (filters.Statuses.Count == 0 || filters.Statuses.Contains(document.Status))
        && (filters.Languages.Count == 0 || filters.Languages.Contains(document.Language, StringComparer.Ordinal));
}
