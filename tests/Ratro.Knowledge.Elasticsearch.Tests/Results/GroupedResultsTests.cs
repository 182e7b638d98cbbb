using Ratro.Knowledge.Elasticsearch.Tests.Support;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Tests.Results;

/// <summary>A canned collapsed response (inner hits, highlights, typed aggregations) read back into <see cref="SearchResults"/>.</summary>
public sealed class GroupedResultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<SearchResults> SearchAsync(SearchQuery query)
    {
        var cluster = new FakeCluster();
        cluster.SearchBodies.Clear();
        cluster.SearchBodies.Add(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Responses", "grouped-two-documents.json")));
        await using var engine = TestEngine.Create(cluster);
        return await engine.SearchAsync(query, Ct);
    }

    [Fact]
    public async Task Each_collapsed_hit_is_a_document_showing_its_current_edition_and_that_editions_clauses()
    {
        var results = await SearchAsync(new SearchQuery { Text = "учет источников", CurrentEditionsOnly = false });

        Assert.Equal(2, results.Total);
        Assert.Equal(["ОСПОРБ-99/2010", "СП 2.6.1.2612-10"], results.Hits.Select(h => h.Canonical).ToList());
        var first = results.Hits[0];
        Assert.Equal(Guid.Parse("a1000000-0000-4000-8000-0000000000e2"), first.DocumentId);
        Assert.True(first.IsCurrentEdition);
        Assert.Equal([Guid.Parse("a1000000-0000-4000-8000-0000000000e1")], first.OtherEditions);
        Assert.Equal(3.4, first.Score);
        var clause = Assert.Single(first.Clauses);
        Assert.Equal((Guid.Parse("a1000000-0000-4000-8000-0000000000c2"), "3.1", "Учет", 7, 8, 3.1), (clause.ClauseId, clause.Number, clause.Heading, clause.PageStart, clause.PageEnd, clause.Score));
        Assert.Equal("<mark>Учет</mark> &lt;<mark>источников</mark>&gt; &amp; &quot;приборов&quot; ведется в журнале.", clause.Snippet);
        Assert.False(first.DesignationMatched);
    }

    [Fact]
    public async Task A_clause_without_highlight_shows_the_beginning_of_its_text()
    {
        var results = await SearchAsync(new SearchQuery { Text = "учет источников" });

        Assert.Equal("Общие положения об учете.", Assert.Single(results.Hits[1].Clauses).Snippet);
        Assert.Empty(results.Hits[1].OtherEditions);
    }

    [Fact]
    public async Task Facets_count_distinct_documents_not_index_documents()
    {
        var results = await SearchAsync(new SearchQuery { Text = "учет источников" });

        Assert.Equal([new FacetValue("sanitary_rules", 2)], results.Facet(FacetNames.Type));
        Assert.Equal([new FacetValue("in_force", 2), new FacetValue("superseded", 1)], results.Facet(FacetNames.Status));
        Assert.Equal([new FacetValue("2010", 2), new FacetValue("2002", 1)], results.Facet(FacetNames.Year));
        Assert.Equal([new FacetValue("Минздрав России", 1)], results.Facet(FacetNames.Issuer));
        Assert.Equal([new FacetValue("13.280", 1)], results.Facet(FacetNames.Ics));
        Assert.Equal(FacetNames.All.Order().ToList(), results.Facets.Keys.Order().ToList());
    }

    [Fact]
    public async Task Fewer_clauses_per_document_are_cut_on_reading()
    {
        var results = await SearchAsync(new SearchQuery { Text = "учет источников", CurrentEditionsOnly = false, ClausesPerDocument = 1, Limit = 2 });

        Assert.All(results.Hits, h => Assert.True(h.Clauses.Count <= 1));
        Assert.False(results.Explanation.Relaxed);
        Assert.False(results.Explanation.Hybrid);
    }
}
