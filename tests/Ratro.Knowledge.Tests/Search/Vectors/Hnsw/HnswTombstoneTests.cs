using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Tests.Search.Vectors.Hnsw;

/// <summary>Removed editions: their rows stay in the graph to walk through but never come back; many removals rebuild the graph without them.</summary>
public sealed class HnswTombstoneTests
{
    [Fact]
    public void Removed_rows_are_never_returned_and_a_mostly_removed_graph_is_rebuilt()
    {
        var vectors = SmallGraphs.Vectors(4000);
        using var store = QuantizedVectorStore.InMemory(SmallGraphs.Dimensions, 4000, SmallGraphs.Options());
        SmallGraphs.Fill(store, vectors);
        store.Flush();
        Assert.Equal(("built", 4000), (store.Graph.State, store.Graph.Nodes));

        var removed = Enumerable.Range(1, 400).Where(e => e % 3 == 0).Select(e => (long)e).ToHashSet();
        store.RemoveEditions(removed);
        store.Flush();
        Assert.Equal(("built", 4000), (store.Graph.State, store.Graph.Nodes));
        Assert.True(store.UsesGraph(_ => true));
        foreach (var query in vectors.Take(100))
        {
            var hits = store.Search(query, 50, _ => true);
            Assert.Equal(50, hits.Count);
            Assert.DoesNotContain(hits, h => removed.Contains(h.EditionKey));
        }

        store.RemoveEditions(Enumerable.Range(1, 400).Where(e => e % 3 == 1).Select(e => (long)e));
        store.Flush();

        Assert.Equal("rebuilt", store.Graph.State);
        Assert.Contains("removed", store.Graph.Problem);
        Assert.Equal(store.Count, store.Graph.Nodes);
        Assert.All(store.Search(vectors[1], 20, _ => true), h => Assert.Equal(2, h.EditionKey % 3));
    }

    [Fact]
    public void Rows_added_after_the_last_commit_are_searched_exactly_until_the_next()
    {
        var vectors = SmallGraphs.Vectors(3001);
        using var store = QuantizedVectorStore.InMemory(SmallGraphs.Dimensions, 4000, SmallGraphs.Options());
        SmallGraphs.Fill(store, vectors[..3000]);
        store.Flush();
        SmallGraphs.Fill(store, vectors[3000..], firstRow: 3000);

        Assert.Equal(3000, store.Graph.Nodes);
        Assert.Equal(3001, store.Search(vectors[3000], 1, _ => true).Single().ClauseKey);
        store.Flush();
        Assert.Equal(3001, store.Graph.Nodes);
        Assert.Equal(3001, store.Search(vectors[3000], 1, _ => true).Single().ClauseKey);
    }

    [Fact]
    public void A_small_store_has_no_graph_and_searches_exactly()
    {
        var vectors = SmallGraphs.Vectors(999);
        using var store = QuantizedVectorStore.InMemory(SmallGraphs.Dimensions, 1000, SmallGraphs.Options());
        SmallGraphs.Fill(store, vectors);
        store.Flush();

        Assert.Equal(("none", 0), (store.Graph.State, store.Graph.Nodes));
        Assert.Equal(store.SearchExact(vectors[5], 10, _ => true), store.Search(vectors[5], 10, _ => true));
    }
}
