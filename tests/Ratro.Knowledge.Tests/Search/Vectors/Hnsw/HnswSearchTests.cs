using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Tests.Search.Vectors.Hnsw;

/// <summary>The graph's answers against the exact ones on 20,000 vectors: recall, filters applied during the walk.</summary>
public sealed class HnswSearchTests(HnswStores stores) : IClassFixture<HnswStores>
{
    [Fact]
    public void Recall_at_10_on_clustered_vectors_is_at_least_095_at_the_default_ef()
    {
        var store = stores.Clustered;
        Assert.True(store.UsesGraph(_ => true));

        var recall = Recall(store, SyntheticVectors.Clustered, new VectorSearchOptions().EfSearch);

        TestContext.Current.SendDiagnosticMessage($"HNSW recall@10 on {HnswStores.Count} clustered vectors at the default efSearch: {recall:0.000}");
        Assert.True(recall >= 0.95, $"recall@10 {recall:0.000}");
    }

    /// <summary>
    /// Gaussian random directions have no neighbourhoods to exploit: the 10 nearest are barely nearer than the
    /// rest, so at the default efSearch the walk finds about 4 of them (the number is reported, not asserted).
    /// Widening the walk must still converge on the exact answer, which shows the graph stays connected and the
    /// search correct on the hardest data.
    /// </summary>
    [Fact]
    public void Recall_at_10_on_random_vectors_reaches_095_when_the_walk_is_widened()
    {
        var store = stores.Random;
        var atDefault = Recall(store, SyntheticVectors.Random, new VectorSearchOptions().EfSearch);

        var widened = Recall(store, SyntheticVectors.Random, HnswStores.WideEf);

        TestContext.Current.SendDiagnosticMessage(
            $"HNSW recall@10 on {HnswStores.Count} random vectors: {atDefault:0.000} at the default efSearch, {widened:0.000} at {HnswStores.WideEf}");
        Assert.True(widened >= 0.95, $"recall@10 {widened:0.000} at efSearch {HnswStores.WideEf}");
        Assert.True(widened > atDefault, $"recall@10 {widened:0.000} at efSearch {HnswStores.WideEf}, {atDefault:0.000} at the default");
    }

    [Theory]
    [InlineData(SyntheticVectors.Clustered)]
    [InlineData(SyntheticVectors.Random)]
    public void A_filter_that_excludes_nine_editions_in_ten_still_gives_k_hits_that_all_pass(string data)
    {
        var store = stores.Of(data);
        Func<long, bool> accept = edition => edition % 10 == 0;
        Assert.True(store.UsesGraph(accept));

        var recall = HnswStores.Queries(data, 50).Average(q =>
        {
            var hits = store.Search(q, 10, accept);
            Assert.Equal(10, hits.Count);
            Assert.All(hits, h => Assert.True(accept(h.EditionKey), $"edition {h.EditionKey} is filtered out"));
            return Overlap(hits, store.SearchExact(q, 10, accept));
        });

        TestContext.Current.SendDiagnosticMessage($"HNSW recall@10 on {data} vectors with a filter passing 10%: {recall:0.000}");
        if (data == SyntheticVectors.Clustered)
        {
            Assert.True(recall >= 0.95, $"recall@10 {recall:0.000}");
        }
    }

    [Fact]
    public void A_filter_leaving_few_rows_is_answered_by_an_exact_scan()
    {
        var store = stores.Clustered;
        Func<long, bool> accept = edition => edition % 200 == 0;
        Assert.False(store.UsesGraph(accept));

        foreach (var query in HnswStores.Queries(SyntheticVectors.Clustered, 5))
        {
            Assert.Equal(store.SearchExact(query, 10, accept), store.Search(query, 10, accept));
        }
    }

    [Fact]
    public void Scores_are_the_exact_int8_similarities_of_the_rows_returned()
    {
        var store = stores.Clustered;
        var query = HnswStores.Queries(SyntheticVectors.Clustered, 1)[0];

        var hits = store.Search(query, 100, _ => true);
        var exact = store.SearchExact(query, HnswStores.Count, _ => true).ToDictionary(h => h.ClauseKey, h => h.Score);

        Assert.Equal(100, hits.Count);
        Assert.All(hits, h => Assert.Equal(exact[h.ClauseKey], h.Score, 5));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.ClauseKey), hits.Select(h => h.ClauseKey));
    }

    private static double Recall(QuantizedVectorStore store, string data, int ef) =>
        HnswStores.Queries(data, 100).Average(q => Overlap(store.Search(q, 10, _ => true, ef), store.SearchExact(q, 10, _ => true)));

    private static double Overlap(IReadOnlyList<VectorHit> found, IReadOnlyList<VectorHit> exact) =>
        found.Select(h => h.ClauseKey).Intersect(exact.Select(h => h.ClauseKey)).Count() / (double)exact.Count;
}
