using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Vectors;

public sealed class QuantizedVectorStoreTests
{
    [Fact]
    public void Int8_search_recalls_the_exact_nearest_neighbours()
    {
        const int count = 10_000;
        const int k = 10;
        var vectors = RandomVectors.Make(count, 384, seed: 7);
        var queries = RandomVectors.Make(20, 384, seed: 8);
        using var store = QuantizedVectorStore.InMemory(384, count);
        for (var i = 0; i < count; i++)
        {
            store.Add(i + 1, 1, vectors[i]);
        }

        var found = 0;
        foreach (var query in queries)
        {
            var exact = RandomVectors.Exact(vectors, query, k).Select(i => (long)i + 1).ToHashSet();
            found += store.Search(query, k, _ => true).Count(h => exact.Contains(h.ClauseKey));
        }

        var recall = found / (double)(queries.Length * k);
        TestContext.Current.SendDiagnosticMessage($"int8 recall@{k} on {count} random vectors: {recall:0.000}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");
    }

    [Fact]
    public void Scores_approximate_the_cosine()
    {
        var vectors = RandomVectors.Make(50, 384, seed: 3);
        using var store = QuantizedVectorStore.InMemory(384);
        for (var i = 0; i < vectors.Length; i++)
        {
            store.Add(i + 1, 1, vectors[i]);
        }

        var hit = store.Search(vectors[5], 1, _ => true).Single();

        Assert.Equal(6, hit.ClauseKey);
        Assert.InRange(hit.Score, 0.98f, 1.02f);
    }

    [Fact]
    public void Filter_and_removal_by_edition_apply()
    {
        var vectors = RandomVectors.Make(30, 64, seed: 5);
        using var store = QuantizedVectorStore.InMemory(64);
        for (var i = 0; i < vectors.Length; i++)
        {
            store.Add(i + 1, i % 3 + 1, vectors[i]);
        }

        Assert.All(store.Search(vectors[0], 10, e => e == 2), h => Assert.Equal(2, h.EditionKey));
        store.RemoveEditions([1]);
        Assert.Equal(20, store.Count);
        Assert.DoesNotContain(store.Search(vectors[0], 30, _ => true), h => h.EditionKey == 1);
    }

    [Fact]
    public void The_file_survives_reopening_and_a_torn_last_record()
    {
        using var folder = new TempDirectory();
        var path = folder.File("vectors.i8");
        var vectors = RandomVectors.Make(5, 32, seed: 11);
        using (var store = QuantizedVectorStore.Open(path, 32))
        {
            for (var i = 0; i < vectors.Length; i++)
            {
                store.Add(i + 1, 100 + i, vectors[i]);
            }

            store.RemoveEditions([101]);
            store.Flush();
        }

        using (var file = new FileStream(path, FileMode.Append))
        {
            file.Write([1, 2, 3, 4, 5]);
        }

        using (var reopened = QuantizedVectorStore.Open(path, 32))
        {
            Assert.Equal(4, reopened.Count);
            Assert.Equal(3, reopened.Search(vectors[2], 1, _ => true).Single().ClauseKey);
            reopened.Add(99, 200, vectors[0]);
            reopened.Flush();
        }

        using var again = QuantizedVectorStore.Open(path, 32);
        Assert.Equal(5, again.Count);
    }

    [Fact]
    public void A_file_of_other_dimensions_is_refused_with_a_reason()
    {
        using var folder = new TempDirectory();
        var path = folder.File("vectors.i8");
        QuantizedVectorStore.Open(path, 16).Dispose();

        var error = Assert.Throws<Ratro.Knowledge.Search.SearchEngineException>(() => QuantizedVectorStore.Open(path, 32));

        Assert.Contains("reindex", error.Message);
    }

    [Fact]
    public void Simd_dot_product_equals_the_scalar_one()
    {
        var random = new Random(1);
        foreach (var length in new[] { 1, 31, 32, 33, 384, 1000 })
        {
            var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), Int8Vectors.Dot(a, b));
        }
    }
}
