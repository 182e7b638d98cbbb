using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Vectors.Hnsw;

/// <summary>The graph file beside the vectors: saved and loaded, extended after a crash, rebuilt when damaged or foreign.</summary>
public sealed class HnswPersistenceTests
{
    private const int Rows = 3000;

    [Fact]
    public void The_graph_survives_reopening_and_answers_the_same()
    {
        using var folder = new TempDirectory();
        var vectors = SmallGraphs.Vectors(Rows);
        var queries = SmallGraphs.Vectors(20, stream: 1);
        IReadOnlyList<VectorHit>[] before;
        using (var store = Create(folder, vectors))
        {
            Assert.Equal("built", store.Graph.State);
            before = queries.Select(q => store.Search(q, 10, _ => true)).ToArray();
        }

        Assert.True(File.Exists(folder.File("vectors.hnsw")));
        Assert.False(File.Exists(folder.File("vectors.hnsw.tmp")));
        using var reopened = QuantizedVectorStore.Open(folder.File("vectors.i8"), SmallGraphs.Dimensions, SmallGraphs.Options());

        Assert.Equal(("loaded", Rows), (reopened.Graph.State, reopened.Graph.Nodes));
        Assert.Equal(before, queries.Select(q => reopened.Search(q, 10, _ => true)).ToArray());
    }

    [Fact]
    public void Rows_committed_after_the_last_save_are_linked_in_on_open()
    {
        using var folder = new TempDirectory();
        using var crashed = new TempDirectory();
        var vectors = SmallGraphs.Vectors(Rows + 100);
        using (var store = Create(folder, vectors[..Rows]))
        {
            SmallGraphs.Fill(store, vectors[Rows..], firstRow: Rows);
            store.Flush();
            Assert.Equal(Rows + 100, store.Graph.Nodes);

            // The process stops here: the log is durable, the graph on disk is the one saved at the first commit.
            File.Copy(folder.File("vectors.i8"), crashed.File("vectors.i8"));
            File.Copy(folder.File("vectors.hnsw"), crashed.File("vectors.hnsw"));
        }

        using var reopened = QuantizedVectorStore.Open(crashed.File("vectors.i8"), SmallGraphs.Dimensions, SmallGraphs.Options());

        Assert.Equal(("extended", Rows + 100), (reopened.Graph.State, reopened.Graph.Nodes));
        Assert.Equal(Rows + 51, reopened.Search(vectors[Rows + 50], 1, _ => true).Single().ClauseKey);
    }

    public static TheoryData<string, string> Damage => new()
    {
        { "cut in half", "cut short" },
        { "cut to a few bytes", "cut short" },
        { "one byte changed", "checksum|links node|level" },
        { "checksum changed", "checksum" },
        { "missing", "no graph file" },
        { "not a graph", "not a graph file" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void A_damaged_or_missing_graph_file_is_detected_and_rebuilt(string damage, string reason)
    {
        using var folder = new TempDirectory();
        var vectors = SmallGraphs.Vectors(Rows);
        Create(folder, vectors).Dispose();
        var path = folder.File("vectors.hnsw");
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "cut in half":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "cut to a few bytes":
                File.WriteAllBytes(path, bytes[..6]);
                break;
            case "one byte changed":
                bytes[bytes.Length * 2 / 3] ^= 0x5A;
                File.WriteAllBytes(path, bytes);
                break;
            case "checksum changed":
                bytes[^5] ^= 0x01;
                File.WriteAllBytes(path, bytes);
                break;
            case "missing":
                File.Delete(path);
                break;
            default:
                File.WriteAllText(path, "something else entirely, long enough to hold a header");
                break;
        }

        using (var reopened = QuantizedVectorStore.Open(folder.File("vectors.i8"), SmallGraphs.Dimensions, SmallGraphs.Options()))
        {
            Assert.Equal(("rebuilt", Rows), (reopened.Graph.State, reopened.Graph.Nodes));
            Assert.NotNull(reopened.Graph.Problem);
            Assert.Contains(reason.Split('|'), r => reopened.Graph.Problem.Contains(r, StringComparison.Ordinal));
            Assert.Equal(101, reopened.Search(vectors[100], 1, _ => true).Single().ClauseKey);
        }

        using var again = QuantizedVectorStore.Open(folder.File("vectors.i8"), SmallGraphs.Dimensions, SmallGraphs.Options());
        Assert.Equal("loaded", again.Graph.State);
    }

    [Fact]
    public void A_graph_built_on_other_vectors_or_with_another_m_is_rebuilt()
    {
        using var folder = new TempDirectory();
        using var other = new TempDirectory();
        Create(folder, SmallGraphs.Vectors(Rows)).Dispose();
        Create(other, SmallGraphs.Vectors(Rows, seed: 10)).Dispose();
        File.Copy(other.File("vectors.hnsw"), folder.File("vectors.hnsw"), overwrite: true);

        using (var foreign = QuantizedVectorStore.Open(folder.File("vectors.i8"), SmallGraphs.Dimensions, SmallGraphs.Options()))
        {
            Assert.Equal("rebuilt", foreign.Graph.State);
            Assert.Contains("other vectors", foreign.Graph.Problem);
        }

        var wider = SmallGraphs.Options();
        wider.M = 24;
        using var reshaped = QuantizedVectorStore.Open(folder.File("vectors.i8"), SmallGraphs.Dimensions, wider);
        Assert.Equal("rebuilt", reshaped.Graph.State);
        Assert.Contains("M = 16", reshaped.Graph.Problem);
    }

    [Fact]
    public void One_thread_and_one_seed_give_the_same_graph_file_another_seed_another()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        using var reseeded = new TempDirectory();
        var vectors = SmallGraphs.Vectors(Rows);
        Create(first, vectors).Dispose();
        Create(second, vectors).Dispose();
        Create(reseeded, vectors, SmallGraphs.Options(seed: 4)).Dispose();

        var graph = File.ReadAllBytes(first.File("vectors.hnsw"));
        Assert.Equal(graph, File.ReadAllBytes(second.File("vectors.hnsw")));
        Assert.NotEqual(graph, File.ReadAllBytes(reseeded.File("vectors.hnsw")));
    }

    private static QuantizedVectorStore Create(TempDirectory folder, float[][] vectors, VectorSearchOptions? options = null)
    {
        var store = QuantizedVectorStore.Open(folder.File("vectors.i8"), SmallGraphs.Dimensions, options ?? SmallGraphs.Options());
        SmallGraphs.Fill(store, vectors);
        store.Flush();
        return store;
    }
}
